import type { JSX } from "react";
import type { Evaluation } from "../contract/evaluation.ts";
import type { Overrides } from "../model/overrides.ts";
import type { TherapyEpisode } from "../model/patient-model.ts";
import { RESPONSE_LABELS, shortDate } from "./labels.ts";
import { BaselineOverride } from "./baseline-override.tsx";
import { OverrideBadge } from "./override-badge.tsx";

type Outcome = Overrides["therapyOutcomes"][string];

export interface TherapyOutcomeOverridesProps {
  readonly episodes: readonly TherapyEpisode[];
  /** The evaluation's judgement of each episode (matched by id). */
  readonly assessed: Evaluation["assessment"]["therapies"];
  readonly outcomes: Overrides["therapyOutcomes"];
  readonly onChange: (outcomes: Overrides["therapyOutcomes"]) => void;
  /** Baseline counts per episode id (10*9/L). */
  readonly baselines: Overrides["baselines"];
  readonly onBaselinesChange: (baselines: Overrides["baselines"]) => void;
}

const OUTCOMES: readonly [Outcome, string][] = [["responded", "Responded"], ["failed", "Failed"], ["not-tolerated", "Not tolerated"]];

/** Episodes newest first (the one the decision turns on is usually the latest); undated ones last. */
function newestFirst(episodes: readonly TherapyEpisode[]): TherapyEpisode[] {
  return [...episodes].sort((x, y) => (y.start ?? "").localeCompare(x.start ?? ""));
}

/** Per therapy episode: the outcome the clinician asserts, beside the one the record gives. */
export function TherapyOutcomeOverrides(props: TherapyOutcomeOverridesProps): JSX.Element {
  const { episodes, assessed, outcomes, onChange, baselines, onBaselinesChange } = props;
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
  const setBaseline = (id: string, n: number | undefined): void => {
    const next = { ...baselines };
    if (n === undefined) {
      delete next[id];
    } else {
      next[id] = n;
    }
    onBaselinesChange(next);
  };
  return (
    <section className="episode-overrides" aria-labelledby="episodes-h">
      <h3 id="episodes-h">Therapy outcomes</h3>
      <ul className="episode-list">
        {newestFirst(episodes).map((e) => {
          const a = assessed.find((t) => t.id === e.id);
          const label = `${e.agent} from ${shortDate(e.start)}`;
          return (
            <li key={e.id}>
              <fieldset>
                <legend>
                  <strong>{e.agent}</strong> <span className="muted">{shortDate(e.start)} – {e.ongoing ? "ongoing" : shortDate(e.end)}</span>
                </legend>
                <p className="episode-record">
                  {outcomes[e.id] === undefined ? "From the record" : "Assessed with your correction"}:{" "}
                  {a === undefined ? "not assessed" : `${RESPONSE_LABELS[a.response]}${a.failed ? ", failed" : ""}`}
                </p>
                <div className="override-row">
                  <select aria-label={`Outcome of ${label}`} value={outcomes[e.id] ?? ""} onChange={(ev) => set(e.id, ev.target.value)}>
                    <option value="">Outcome as recorded</option>
                    {OUTCOMES.map(([o, text]) => <option key={o} value={o}>{text}</option>)}
                  </select>
                  {outcomes[e.id] !== undefined && <OverrideBadge what={`the outcome of ${label}`} onReset={() => set(e.id, "")} />}
                </div>
                <BaselineOverride what={label} value={baselines[e.id]} onChange={(n) => setBaseline(e.id, n)} />
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
