import type { JSX } from "react";

export interface OverrideBadgeProps {
  /** What is overridden, for the reset button's accessible name. */
  readonly what: string;
  readonly onReset: () => void;
}

/** Marks a value as the clinician's, with a reset back to the record. */
export function OverrideBadge({ what, onReset }: OverrideBadgeProps): JSX.Element {
  return (
    <span className="override-badge-wrap">
      <span className="badge badge-override">clinician override</span>
      <button type="button" className="link-button" onClick={onReset} aria-label={`Reset ${what} to the record`}>Reset</button>
    </span>
  );
}
