import type { JSX } from "react";
import type { Recommendation } from "../contract/evaluation.ts";
import { RecommendationItem } from "./recommendation-item.tsx";

export interface RecommendationListProps {
  /** Ranked: index 0 is the first thing to do. */
  readonly recommendations: readonly Recommendation[];
  readonly patientId: string;
  readonly asOf: string;
  readonly usedFor: ReadonlyMap<string, string>;
  readonly selectedRef: string | null;
  readonly onSelectRef: (ref: string) => void;
}

/** The ranked recommendations, each expandable. */
export function RecommendationList(props: RecommendationListProps): JSX.Element {
  if (props.recommendations.length === 0) {
    return <p className="empty-note">No recommendation for this patient today.</p>;
  }
  return (
    <ol className="rec-list">
      {props.recommendations.map((r, i) => (
        <RecommendationItem
          key={r.code}
          rank={i + 1}
          recommendation={r}
          patientId={props.patientId}
          asOf={props.asOf}
          usedFor={props.usedFor}
          selectedRef={props.selectedRef}
          onSelectRef={props.onSelectRef}
          defaultOpen={r.code === "emergency-management"}
        />
      ))}
    </ol>
  );
}
