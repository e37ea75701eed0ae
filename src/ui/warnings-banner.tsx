import type { JSX } from "react";
import type { Evaluation } from "../contract/evaluation.ts";
import { SourceRefButton } from "./source-ref-button.tsx";

export interface WarningsBannerProps {
  readonly warnings: Evaluation["warnings"];
  /** The emergency-management recommendation, when the evaluation gives one. */
  readonly emergency: Evaluation["recommendations"][number] | undefined;
  readonly selectedRef: string | null;
  readonly onSelectRef: (ref: string) => void;
}

/** Whether a warning's ref names a resource ("Type/id"); the engine also uses markers such as "override". */
function isResourceRef(ref: string): boolean {
  return /^[A-Z][A-Za-z]+\/[^/]+$/.test(ref);
}

/** The emergency state and the warnings, at the top of the screen, announced and impossible to miss. */
export function WarningsBanner({ warnings, emergency, selectedRef, onSelectRef }: WarningsBannerProps): JSX.Element | null {
  if (warnings.length === 0 && emergency === undefined) {
    return null;
  }
  return (
    <section role="alert" aria-label="Warnings" className={emergency === undefined ? "warnings-banner" : "warnings-banner emergency"}>
      {emergency !== undefined && (
        <div className="emergency-block">
          <h2>Emergency: {emergency.title}</h2>
          <p>{emergency.summary ?? emergency.rationale}</p>
          <p>The refractory pathway waits until the bleeding is controlled. See recommendation 1 for the urgent measures.</p>
        </div>
      )}
      {warnings.length > 0 && (
        <ul className="warning-list">
          {warnings.map((w, i) => (
            <li key={`${w.code}-${i}`} className={`warning warning-${w.code}`}>
              <span className="warning-icon" aria-hidden="true">⚠</span> {w.text}
              {w.code === "override-applied" && <> <span className="badge badge-override">clinician override</span></>}
              {(w.refs ?? []).some(isResourceRef) && (
                <span className="warning-refs">
                  {(w.refs ?? []).filter(isResourceRef).map((r) => <SourceRefButton key={r} refId={r} selected={selectedRef === r} onSelect={onSelectRef} />)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
