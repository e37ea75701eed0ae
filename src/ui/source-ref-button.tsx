import type { JSX } from "react";

export interface SourceRefButtonProps {
  /** "Observation/abc". */
  readonly refId: string;
  /** What the reference fed, e.g. "platelets" or "weight", from the ledger. */
  readonly usedFor?: string;
  /** Whether this reference is the one highlighted on the chart and table. */
  readonly selected: boolean;
  readonly onSelect: (ref: string) => void;
}

/** A source reference as a button: pressing it highlights the value on the chart and shows its source. */
export function SourceRefButton({ refId, usedFor, selected, onSelect }: SourceRefButtonProps): JSX.Element {
  return (
    <button type="button" className="ref-button" aria-pressed={selected} onClick={() => onSelect(refId)}>
      <code>{refId}</code>
      {usedFor !== undefined && <span className="ref-used-for"> ({usedFor})</span>}
    </button>
  );
}
