/**
 * Active bleeding (clinical notes section 2, step 1): a bleeding condition with onset within 7 days of the as-of date,
 * or the clinician's "bleeding now" override (which wins either way).
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { daysBetween } from "./dates.ts";

export interface BleedingState {
  readonly active: boolean;
  readonly sources: string[];
  /** Any bleeding condition ever recorded on or before the as-of date (for HSCT's "bleeding complications"). */
  readonly everRecorded: boolean;
}

/**
 * @param model - the patient model
 * @param asOf - evaluation date
 * @param bleedingNow - the clinician's override, when given
 * @returns whether bleeding is active, and the conditions that say so
 */
export function assessBleeding(model: PatientModel, asOf: string, bleedingNow?: boolean): BleedingState {
  const bleeds = model.conditions.filter((c) => c.kind === "bleeding");
  const recent = bleeds.filter((c) => {
    const when = c.onset ?? c.recorded;
    if (when === null) return false;
    const age = daysBetween(when, asOf);
    return age >= 0 && age <= THRESHOLDS.activeBleedingDays;
  });
  const everRecorded = bleeds.some((c) => {
    const when = c.onset ?? c.recorded;
    return when !== null && daysBetween(when, asOf) >= 0;
  });
  if (bleedingNow !== undefined) return { active: bleedingNow, sources: [], everRecorded: everRecorded || bleedingNow };
  return { active: recent.length > 0, sources: recent.map((c) => c.source), everRecorded };
}
