/**
 * ITP phase from the diagnosis date (IWG 2009): newly diagnosed < 3 months, persistent 3-12 months, chronic > 12 months.
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import { addMonths, day } from "./dates.ts";

export type Phase = "newly-diagnosed" | "persistent" | "chronic" | "unknown";

/**
 * The phase on `asOf`. Exactly 3 months is persistent, exactly 12 months still persistent ("3 to 12"),
 * the day after 12 months chronic. No diagnosis date, or one after `asOf`: unknown.
 * @param diagnosisDate - earliest ITP diagnosis date, or null
 * @param asOf - evaluation date
 * @returns the phase
 */
export function phaseOf(diagnosisDate: string | null, asOf: string): Phase {
  if (diagnosisDate === null || day(diagnosisDate) > day(asOf)) return "unknown";
  if (day(asOf) > addMonths(diagnosisDate, THRESHOLDS.chronicAfterMonths)) return "chronic";
  if (day(asOf) >= addMonths(diagnosisDate, THRESHOLDS.persistentFromMonths)) return "persistent";
  return "newly-diagnosed";
}
