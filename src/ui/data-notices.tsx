import type { JSX } from "react";
import { unavailableReason } from "./labels.ts";

export interface DataNoticesProps {
  /** Resource types the server could not give. */
  readonly unavailable: readonly { readonly resourceType: string; readonly reason: string }[];
  /** False when the ITP pathway does not apply to this patient. */
  readonly pathwayApplies: boolean;
  /** Why it does not apply. */
  readonly notApplicableReason: string | undefined;
}

/** Partial-data and not-applicable notices: what the screen cannot say, and why. */
export function DataNotices({ unavailable, pathwayApplies, notApplicableReason }: DataNoticesProps): JSX.Element | null {
  if (unavailable.length === 0 && pathwayApplies) {
    return null;
  }
  return (
    <div className="data-notices">
      {!pathwayApplies && (
        <section className="notice notice-not-applicable" aria-label="Pathway not applicable">
          <h2>The ITP pathway does not apply to this patient</h2>
          <p>{notApplicableReason ?? "The record holds no evidence of immune thrombocytopenia."}</p>
          <p>No recommendation is made. The counts and data read are shown below.</p>
        </section>
      )}
      {unavailable.length > 0 && (
        <section className="notice notice-partial" aria-label="Partial data">
          <h2>Partial data: some resource types could not be read</h2>
          <ul>
            {unavailable.map((u) => <li key={u.resourceType}><strong>{u.resourceType}</strong>: {unavailableReason(u.resourceType, u.reason)}</li>)}
          </ul>
          <p>Recommendations may miss therapies or findings recorded there.</p>
        </section>
      )}
    </div>
  );
}
