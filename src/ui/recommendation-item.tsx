import type { JSX } from "react";
import type { Recommendation } from "../contract/evaluation.ts";
import { OrderCard } from "./order-card.tsx";
import { SourceRefButton } from "./source-ref-button.tsx";

export interface RecommendationItemProps {
  /** 1-based rank in the evaluation's order. */
  readonly rank: number;
  readonly recommendation: Recommendation;
  readonly patientId: string;
  readonly asOf: string;
  /** ref -> what it fed (ledger), to label the data-used buttons. */
  readonly usedFor: ReadonlyMap<string, string>;
  readonly selectedRef: string | null;
  readonly onSelectRef: (ref: string) => void;
  /** Open on first render (the emergency item). */
  readonly defaultOpen?: boolean;
}

const BENEFIT_ROWS: readonly [keyof NonNullable<Recommendation["benefitHarm"]>, string][] = [
  ["response", "Response"],
  ["timeToResponse", "Time to response"],
  ["durability", "Durability"],
  ["commonAdverse", "Common adverse events"],
  ["seriousAdverse", "Serious adverse events"],
];

/** One ranked recommendation: title and one-line summary, expandable to rationale, orders (what to do, so next), evidence, data used and benefit/harm. */
export function RecommendationItem(props: RecommendationItemProps): JSX.Element {
  const { rank, recommendation: r } = props;
  return (
    <li className={`rec-item rec-${r.code}`} data-code={r.code}>
      <details open={props.defaultOpen}>
        <summary>
          <span className="rec-rank" aria-hidden="true">{rank}</span>
          <span className="rec-title">{r.title}</span>
          {r.summary !== undefined && <span className="rec-summary">{r.summary}</span>}
        </summary>
        <div className="rec-body">
          <h3>Rationale</h3>
          <p>{r.rationale}</p>
          {r.orders.length > 0 && (
            <>
              <h3>Pre-filled orders</h3>
              {r.orders.map((o, i) => <OrderCard key={`${o.agent}-${o.action}-${i}`} order={o} patientId={props.patientId} asOf={props.asOf} />)}
            </>
          )}
          <h3>Evidence</h3>
          <ul className="rec-evidence">
            {r.evidence.map((e) => (
              <li key={e.citation}>
                {e.url === undefined ? e.citation : <a href={e.url} target="_blank" rel="noopener noreferrer">{e.citation}<span className="sr-only"> (opens in a new tab)</span></a>}
              </li>
            ))}
          </ul>
          {r.dataUsed.length > 0 && (
            <>
              <h3>Data used</h3>
              <ul className="rec-data-used">
                {r.dataUsed.map((ref) => (
                  <li key={ref}>
                    <SourceRefButton refId={ref} usedFor={props.usedFor.get(ref)} selected={props.selectedRef === ref} onSelect={props.onSelectRef} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {r.benefitHarm !== undefined && (
            <table className="benefit-harm">
              <caption>Benefit and harm</caption>
              <tbody>
                {BENEFIT_ROWS.map(([key, label]) => (
                  <tr key={key}><th scope="row">{label}</th><td>{r.benefitHarm?.[key]}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </details>
    </li>
  );
}
