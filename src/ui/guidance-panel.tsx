import type { JSX } from "react";
import type { Evaluation } from "../contract/evaluation.ts";
import { MONITORING_LABELS } from "./labels.ts";

export interface GuidancePanelProps {
  readonly monitoring: Evaluation["monitoring"];
  readonly notRecommended: NonNullable<Evaluation["notRecommended"]>;
  readonly pitfalls: readonly string[];
}

/** Monitoring plan, therapies not to use, and the pitfalls the clinical notes ask us to say plainly (section 5). */
export function GuidancePanel({ monitoring, notRecommended, pitfalls }: GuidancePanelProps): JSX.Element {
  return (
    <section className="panel guidance" aria-labelledby="guidance-h">
      <h2 id="guidance-h">Monitoring and cautions</h2>
      <h3>Monitoring plan</h3>
      {monitoring.length === 0 ? (
        <p className="empty-note">No monitoring item.</p>
      ) : (
        <ul>
          {monitoring.map((m) => <li key={m.code}><strong>{MONITORING_LABELS[m.code]}</strong>: {m.text}</li>)}
        </ul>
      )}
      {notRecommended.length > 0 && (
        <>
          <h3>Not recommended</h3>
          <ul>
            {notRecommended.map((n) => <li key={n.agent}><strong>{n.agent}</strong>: {n.reason}</li>)}
          </ul>
        </>
      )}
      {pitfalls.length > 0 && (
        <>
          <h3>Pitfalls</h3>
          <ul className="pitfalls">
            {pitfalls.map((p) => <li key={p}>{p}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
