import { useId, useState, type FormEvent, type JSX } from "react";
import type { Measurement } from "../model/patient-model.ts";
import { shortDate } from "./labels.ts";
import { OverrideBadge } from "./override-badge.tsx";

export interface WeightOverrideProps {
  /** The latest recorded weight, or null. */
  readonly recorded: Measurement | null;
  /** The clinician's weight in kg, or undefined. */
  readonly value: number | undefined;
  readonly onChange: (kg: number | undefined) => void;
}

/** Parses a body weight typed in kg ("72.4" or "72,4"); undefined unless it is a finite number above 0. */
export function parseWeightKg(text: string): number | undefined {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Body weight entered by the clinician (kg, dated the as-of date by the engine). */
export function WeightOverride({ recorded, value, onChange }: WeightOverrideProps): JSX.Element {
  const id = useId();
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const kg = parseWeightKg(text);
    if (kg === undefined) {
      setError("Enter the weight in kilograms as a number above 0, e.g. 72.4.");
      return;
    }
    setError(null);
    onChange(kg);
  };
  return (
    <form className="override-row" onSubmit={onSubmit} noValidate>
      <label htmlFor={id}>Body weight (kg)</label>
      <span className="muted">
        Recorded: {recorded === null ? "none" : `${recorded.value} kg on ${shortDate(recorded.date)}`}
      </span>
      <input
        id={id} type="text" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)}
        aria-invalid={error !== null} aria-describedby={error === null ? undefined : `${id}-err`} size={6}
      />
      <button type="submit">Use this weight</button>
      {error !== null && <span id={`${id}-err`} className="field-error">{error}</span>}
      {value !== undefined && <OverrideBadge what="body weight" onReset={() => { setText(""); onChange(undefined); }} />}
    </form>
  );
}
