import type { JSX } from "react";
import type { ResourceProgress } from "../app/load-state.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { TrendChart } from "./chart/lazy-trend-chart.tsx";

export interface LoadingViewProps {
  readonly progress: readonly ResourceProgress[];
  /** What has been normalised so far; the chart shows as soon as it has counts. */
  readonly partialModel?: PatientModel;
  /** YYYY-MM-DD for the chart's right edge; the loading state has none, so today from the app or the latest count. */
  readonly asOf?: string;
}

const STATUS_WORDS: Record<ResourceProgress["status"], string> = { pending: "reading…", done: "done", failed: "could not be read" };

function noop(): void {}

/** Progress by resource type, and the counts as soon as they have arrived. */
export function LoadingView({ progress, partialModel, asOf }: LoadingViewProps): JSX.Element {
  const done = progress.filter((p) => p.status !== "pending").length;
  const chartAsOf = asOf ?? partialModel?.platelets.reduce((d, p) => (p.date > d ? p.date : d), "").slice(0, 10);
  return (
    <div className="loading-view">
      <section className="panel" aria-labelledby="loading-h" aria-busy="true">
        <h1 id="loading-h">Reading the patient record…</h1>
        <progress max={Math.max(progress.length, 1)} value={done} aria-label="Resource types read">{done} of {progress.length}</progress>
        <div role="status" aria-live="polite">
        <ul className="progress-list">
          {progress.map((p) => (
            <li key={p.resourceType} className={`progress-${p.status}`}>
              <strong>{p.resourceType}</strong>: {STATUS_WORDS[p.status]}
              {(p.status !== "pending" || p.count > 0) && ` (${p.count} resource${p.count === 1 ? "" : "s"})`}
            </li>
          ))}
        </ul>
        </div>
      </section>
      {partialModel !== undefined && partialModel.platelets.length > 0 && chartAsOf !== undefined && chartAsOf !== "" && (
        <TrendChart
          platelets={partialModel.platelets} therapies={partialModel.therapies} procedures={partialModel.procedures}
          conditions={partialModel.conditions} asOf={chartAsOf} selectedRef={null} onSelectRef={noop}
        />
      )}
    </div>
  );
}
