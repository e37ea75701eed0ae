import { useState, type FormEvent, type JSX } from "react";
import { PLATELET_UNIT } from "./labels.ts";
import { OverrideBadge } from "./override-badge.tsx";

export interface BaselineOverrideProps {
  /** "romiplostim from 2020-03-01", for labels. */
  readonly what: string;
  /** The clinician's baseline count (10*9/L), or undefined. */
  readonly value: number | undefined;
  readonly onChange: (count: number | undefined) => void;
}

/** Parses a platelet count typed in 10*9/L; undefined unless a finite number >= 0. */
export function parseCount(text: string): number | undefined {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * The baseline count before a therapy, when the record lacks one: response R (≥ 30 and twice baseline) needs it
 * (refractory-itp.md section 1, "Baseline").
 */
export function BaselineOverride({ what, value, onChange }: BaselineOverrideProps): JSX.Element {
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const [error, setError] = useState(false);
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const n = parseCount(text);
    setError(n === undefined);
    if (n !== undefined) {
      onChange(n);
    }
  };
  return (
    <form className="baseline-form" onSubmit={onSubmit} noValidate>
      <span aria-hidden="true">Baseline count ({PLATELET_UNIT})</span>
      <input
        type="text" inputMode="decimal" size={4} value={text} onChange={(e) => setText(e.target.value)}
        aria-label={`Baseline count before ${what}, ${PLATELET_UNIT}`} aria-invalid={error}
      />
      <button type="submit" aria-label={`Set the baseline for ${what}`}>Set</button>
      {error && <span className="field-error">A count of 0 or more.</span>}
      {value !== undefined && <OverrideBadge what={`the baseline for ${what}`} onReset={() => { setText(""); onChange(undefined); }} />}
    </form>
  );
}
