import type { JSX } from "react";
import type { Evaluation } from "../contract/evaluation.ts";
import type { Overrides } from "../model/overrides.ts";
import type { TherapyEpisode } from "../model/patient-model.ts";
import { RESPONSE_LABELS, shortDate } from "./labels.ts";
import { OverrideBadge } from "./override-badge.tsx";

type Outcome = Overrides["therapyOutcomes"][string];

export interface TherapyOutcomeOverridesProps {
  readonly episodes: readonly TherapyEpisode[];
  /** The evaluation's judgement of each episode (matched by id). */
  readonly assessed: Evaluation["assessment"]["therapies"];
  readonly outcomes: Overrides["therapyOutcomes"];
  readonly onChange: (outcomes: Overrides["therapyOutcomes"]) => void;
}

const OUTCOMES: readonly [Outcome, string][] = [["responded", "Responded"], ["failed", "Failed"], ["not-tolerated", "Not tolerated"]];

/** Per therapy episode: the outcome the clinician asserts, beside the one the record gives. */
export function TherapyOutcomeOverrides({ episodes, assessed, outcomes, onChange }: TherapyOutcomeOverridesProps): JSX.Element {
  if (episodes.length === 0) {
    return <p className="empty-note">No therapy episode in the record.</p>;
  }
  const set = (id: string, value: string): void => {
    const next = { ...outcomes };
    const found = OUTCOMES.find(([o]) => o === value);
    if (found === undefined) {
      delete next[id];
    } else {
      next[id] = found[0];
    }
    onChange(next);
  };
  return (
    <div className="table-scroll">
    <table className="outcome-table">
      <caption>Therapy outcomes</caption>
      <thead><tr><th scope="col">Therapy</th><th scope="col">From the record</th><th scope="col">Clinician's outcome</th></tr></thead>
      <tbody>
        {episodes.map((e) => {
          const a = assessed.find((t) => t.id === e.id);
          const label = `${e.agent} from ${shortDate(e.start)}`;
          return (
            <tr key={e.id}>
              <th scope="row">{e.agent} <span className="muted">{shortDate(e.start)} – {e.ongoing ? "ongoing" : shortDate(e.end)}</span></th>
              <td>{a === undefined ? "not assessed" : `${RESPONSE_LABELS[a.response]}${a.failed ? ", failed" : ""}`}</td>
              <td>
                <select aria-label={`Outcome of ${label}`} value={outcomes[e.id] ?? ""} onChange={(ev) => set(e.id, ev.target.value)}>
                  <option value="">As recorded</option>
                  {OUTCOMES.map(([o, text]) => <option key={o} value={o}>{text}</option>)}
                </select>
                {outcomes[e.id] !== undefined && <OverrideBadge what={`the outcome of ${label}`} onReset={() => set(e.id, "")} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
