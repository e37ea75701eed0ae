import { useMemo, useState, type JSX } from "react";
import type { Evaluation } from "../contract/evaluation.ts";
import type { Overrides } from "../model/overrides.ts";
import type { PatientModel } from "../model/patient-model.ts";
import type { QueryLogEntry } from "../app/load-state.ts";
import { TrendChart } from "./chart/lazy-trend-chart.tsx";
import { DataNotices } from "./data-notices.tsx";
import { DataQualityPanel } from "./data-quality-panel.tsx";
import { GuidancePanel } from "./guidance-panel.tsx";
import { OverridesPanel } from "./overrides-panel.tsx";
import { PrintSummary } from "./print-summary.tsx";
import { RecommendationList } from "./recommendation-list.tsx";
import { SelectedSource } from "./selected-source.tsx";
import { StatusHeader } from "./status-header.tsx";
import { WarningsBanner } from "./warnings-banner.tsx";

export interface ReadyViewProps {
  readonly model: PatientModel;
  readonly evaluation: Evaluation;
  readonly queries: readonly QueryLogEntry[];
  readonly asOf: string;
  readonly overrides: Overrides;
  readonly onOverridesChange: (o: Overrides) => void;
}

/** The hematologist's screen for one evaluated patient. Holds only view state (which source is highlighted). */
export function ReadyView({ model, evaluation, queries, asOf, overrides, onOverridesChange }: ReadyViewProps): JSX.Element {
  const [selectedRef, setSelectedRef] = useState<string | null>(null);
  const usedFor = useMemo(() => new Map(model.ledger.used.map((u) => [u.ref, u.usedFor])), [model.ledger.used]);
  const a = evaluation.assessment;
  const emergency = evaluation.recommendations.find((r) => r.code === "emergency-management");
  const printButton = <button type="button" className="no-print print-button" onClick={() => window.print()}>Print summary</button>;
  return (
    <div className="ready-view">
      <WarningsBanner warnings={evaluation.warnings} emergency={emergency} selectedRef={selectedRef} onSelectRef={setSelectedRef} />
      <StatusHeader model={model} evaluation={evaluation} actions={printButton} />
      <DataNotices unavailable={evaluation.dataQuality.unavailable ?? model.unavailable} pathwayApplies={a.pathwayApplies} notApplicableReason={a.notApplicableReason} />
      <SelectedSource selectedRef={selectedRef} model={model} onClear={() => setSelectedRef(null)} />
      <div className="main-grid">
        <section className="panel recommendations" aria-labelledby="rec-h">
          <h2 id="rec-h">Recommendations</h2>
          {a.pathwayApplies ? (
            <RecommendationList
              recommendations={evaluation.recommendations} patientId={evaluation.patient.id} asOf={asOf}
              usedFor={usedFor} selectedRef={selectedRef} onSelectRef={setSelectedRef}
            />
          ) : (
            <p className="empty-note">None: the ITP pathway does not apply.</p>
          )}
        </section>
        <div className="chart-column">
          <TrendChart
            platelets={model.platelets} therapies={model.therapies} procedures={model.procedures} conditions={model.conditions}
            asOf={asOf} selectedRef={selectedRef} onSelectRef={setSelectedRef}
          />
        </div>
      </div>
      <div className="secondary-grid">
        <GuidancePanel monitoring={evaluation.monitoring} notRecommended={evaluation.notRecommended ?? []} pitfalls={evaluation.pitfalls ?? []} />
        <OverridesPanel model={model} evaluation={evaluation} overrides={overrides} onChange={onOverridesChange} />
        <DataQualityPanel evaluation={evaluation} model={model} queries={queries} asOf={asOf} selectedRef={selectedRef} onSelectRef={setSelectedRef} />
      </div>
      <PrintSummary evaluation={evaluation} />
    </div>
  );
}
