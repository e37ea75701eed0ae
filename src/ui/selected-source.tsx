import type { JSX } from "react";
import type { PatientModel } from "../model/patient-model.ts";
import { PLATELET_UNIT, shortDate } from "./labels.ts";

export interface SelectedSourceProps {
  /** The reference last pressed, or null. */
  readonly selectedRef: string | null;
  readonly model: PatientModel;
  readonly onClear: () => void;
}

/** Words for one source reference: what it is in the model and what it fed. */
export function describeRef(ref: string, model: PatientModel): string {
  const plt = model.platelets.find((p) => p.source === ref);
  if (plt !== undefined) {
    return `platelet count ${plt.comparator ?? ""}${plt.value} ${PLATELET_UNIT} on ${shortDate(plt.date)} (reported ${String(plt.originalValue)} ${plt.originalUnit ?? "without unit"}, ${plt.status})`;
  }
  const w = model.weights.find((m) => m.source === ref);
  if (w !== undefined) {
    return `body weight ${w.value} kg on ${shortDate(w.date)}`;
  }
  const used = model.ledger.used.find((u) => u.ref === ref);
  if (used !== undefined) {
    return `used for ${used.usedFor}`;
  }
  const excluded = model.ledger.excluded.find((x) => x.ref === ref);
  return excluded === undefined ? "not in the record's ledger" : `excluded: ${excluded.reason}`;
}

/** The provenance line: which source is highlighted, and what it says. */
export function SelectedSource({ selectedRef, model, onClear }: SelectedSourceProps): JSX.Element | null {
  if (selectedRef === null) {
    return null;
  }
  return (
    <div className="selected-source" role="status">
      Source <code>{selectedRef}</code>: {describeRef(selectedRef, model)}.{" "}
      <button type="button" className="link-button" onClick={onClear}>Clear</button>
    </div>
  );
}
