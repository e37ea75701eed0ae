import type { JSX } from "react";
import type { Evaluation, ExclusionReason } from "../contract/evaluation.ts";
import type { PatientModel } from "../model/patient-model.ts";
import type { QueryLogEntry } from "../app/load-state.ts";
import { daysBefore } from "./chart/geometry.ts";
import { EXCLUSION_LABELS, shortDate, unavailableReason } from "./labels.ts";
import { LazyDetails } from "./lazy-details.tsx";
import { QueryLog } from "./query-log.tsx";
import { SourceRefButton } from "./source-ref-button.tsx";

export interface DataQualityPanelProps {
  readonly evaluation: Evaluation;
  readonly model: PatientModel;
  readonly queries: readonly QueryLogEntry[];
  readonly asOf: string;
  readonly selectedRef: string | null;
  readonly onSelectRef: (ref: string) => void;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const it of items) {
    m.set(key(it), [...(m.get(key(it)) ?? []), it]);
  }
  return [...m.entries()];
}

function freshness(date: string | undefined, asOf: string): string {
  if (date === undefined) {
    return "none in the record";
  }
  const days = daysBefore(date, asOf);
  return `${shortDate(date)} (${days === undefined ? "date unreadable" : `${days} day${days === 1 ? "" : "s"} old on ${asOf}`})`;
}

/** What was read, used and excluded (with reasons), what could not be read, how fresh the key values are, and every query made. */
export function DataQualityPanel({ evaluation, model, queries, asOf, selectedRef, onSelectRef }: DataQualityPanelProps): JSX.Element {
  const dq = evaluation.dataQuality;
  const excluded = groupBy(dq.excluded, (e) => e.reason);
  const used = groupBy(model.ledger.used, (u) => u.usedFor);
  const latestWeight = model.weights.reduce<string | undefined>((d, w) => (d === undefined || w.date > d ? w.date : d), undefined);
  const unavailable = dq.unavailable ?? model.unavailable;
  return (
    <section className="panel data-quality" aria-labelledby="dq-h">
      <h2 id="dq-h">Data quality and provenance</h2>
      <p className="dq-counts"><strong>{dq.read}</strong> resources read · <strong>{dq.used}</strong> used · <strong>{dq.excluded.length}</strong> excluded</p>
      <dl className="freshness">
        <dt>Latest platelet count</dt><dd>{freshness(evaluation.assessment.latestPlatelet?.date, asOf)}</dd>
        <dt>Latest body weight</dt><dd>{freshness(latestWeight, asOf)}</dd>
      </dl>
      {unavailable.length > 0 && (
        <>
          <h3>Not available from the server</h3>
          <ul>{unavailable.map((u) => <li key={u.resourceType}><strong>{u.resourceType}</strong>: {unavailableReason(u.resourceType, u.reason)}</li>)}</ul>
        </>
      )}
      <h3>Excluded, by reason</h3>
      {excluded.length === 0 && <p className="empty-note">Nothing was excluded.</p>}
      {excluded.map(([reason, items]) => (
        <LazyDetails key={reason} summary={`${EXCLUSION_LABELS[reason as ExclusionReason] ?? reason} (${items.length})`}>
          {() => (
            <ul className="ref-list">
              {items.map((e) => <li key={e.ref}><code>{e.ref}</code>{e.detail !== undefined && <span> — {e.detail}</span>}</li>)}
            </ul>
          )}
        </LazyDetails>
      ))}
      <h3>Used, by purpose</h3>
      {used.map(([usedFor, items]) => (
        <LazyDetails key={usedFor} summary={`${usedFor} (${items.length})`}>
          {() => (
            <ul className="ref-list">
              {items.map((u) => <li key={u.ref}><SourceRefButton refId={u.ref} selected={selectedRef === u.ref} onSelect={onSelectRef} /></li>)}
            </ul>
          )}
        </LazyDetails>
      ))}
      <QueryLog queries={queries} />
    </section>
  );
}
