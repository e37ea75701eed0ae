import type { JSX } from "react";
import type { Evaluation } from "../contract/evaluation.ts";
import { NO_OVERRIDES, type Overrides } from "../model/overrides.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { TherapyOutcomeOverrides } from "./therapy-outcome-overrides.tsx";
import { TriStateOverride } from "./tri-state-override.tsx";
import { WeightOverride } from "./weight-override.tsx";

export interface OverridesPanelProps {
  readonly model: PatientModel;
  readonly evaluation: Evaluation;
  readonly overrides: Overrides;
  /** Called with the whole new overrides object; the app re-evaluates with it. */
  readonly onChange: (overrides: Overrides) => void;
}

/** True when any override is set. */
export function hasOverrides(o: Overrides): boolean {
  return Object.keys(o.therapyOutcomes).length > 0 || Object.keys(o.baselines).length > 0
    || [o.eastAsianAncestry, o.hepaticImpairment, o.bleedingNow, o.weightKg].some((v) => v !== undefined);
}

function latest<T extends { date: string }>(items: readonly T[]): T | null {
  return items.reduce<T | null>((best, x) => (best === null || x.date > best.date ? x : best), null);
}

/** What the clinician can correct or add; overrides stay in memory for this session only. */
export function OverridesPanel({ model, evaluation, overrides, onChange }: OverridesPanelProps): JSX.Element {
  const patch = (p: Partial<Overrides>): void => onChange({ ...overrides, ...p });
  const hepatic = model.conditions.some((c) => c.kind === "hepatic-impairment");
  return (
    <section className="panel overrides" aria-labelledby="overrides-h">
      <h2 id="overrides-h">Clinician corrections</h2>
      <p className="muted">Kept for this session only; the recommendations are recomputed and say an override was applied.</p>
      <TriStateOverride
        label="East/Southeast Asian ancestry" recorded={model.patient.eastAsianAncestry}
        value={overrides.eastAsianAncestry} onChange={(v) => patch({ eastAsianAncestry: v })}
      />
      <TriStateOverride
        label="Hepatic impairment" recorded={hepatic ? "yes" : "none recorded"}
        value={overrides.hepaticImpairment} onChange={(v) => patch({ hepaticImpairment: v })}
      />
      <TriStateOverride
        label="Bleeding now" recorded={evaluation.assessment.activeBleeding ? "yes" : "none recorded"}
        value={overrides.bleedingNow} onChange={(v) => patch({ bleedingNow: v })}
      />
      <WeightOverride recorded={latest(model.weights)} value={overrides.weightKg} onChange={(kg) => patch({ weightKg: kg })} />
      <TherapyOutcomeOverrides
        episodes={model.therapies} assessed={evaluation.assessment.therapies}
        outcomes={overrides.therapyOutcomes} onChange={(t) => patch({ therapyOutcomes: t })}
        baselines={overrides.baselines} onBaselinesChange={(b) => patch({ baselines: b })}
      />
      {hasOverrides(overrides) && (
        <button type="button" onClick={() => onChange(NO_OVERRIDES)}>Reset all corrections</button>
      )}
    </section>
  );
}
