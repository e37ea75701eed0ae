import { useId, type JSX } from "react";
import { OverrideBadge } from "./override-badge.tsx";

export interface TriStateOverrideProps {
  /** The question, e.g. "East/Southeast Asian ancestry". */
  readonly label: string;
  /** What the record says, in words ("unknown", "yes", "no"). */
  readonly recorded: string;
  /** The clinician's answer, or undefined when the record stands. */
  readonly value: boolean | undefined;
  readonly onChange: (value: boolean | undefined) => void;
}

const TO_VALUE: Record<string, boolean | undefined> = { record: undefined, yes: true, no: false };

function toKey(value: boolean | undefined): "record" | "yes" | "no" {
  if (value === undefined) {
    return "record";
  }
  return value ? "yes" : "no";
}

/** A yes/no override that can be left to the record. */
export function TriStateOverride({ label, recorded, value, onChange }: TriStateOverrideProps): JSX.Element {
  const id = useId();
  const current = toKey(value);
  return (
    <div className="override-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={current} onChange={(e) => onChange(TO_VALUE[e.target.value])}>
        <option value="record">As recorded ({recorded})</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </select>
      {value !== undefined && <OverrideBadge what={label} onReset={() => onChange(undefined)} />}
    </div>
  );
}
