/**
 * The clinician's overrides (src/model/overrides.ts) as inputs to the rules, each one named in an
 * `override-applied` warning so the output always says what was asserted rather than read.
 */
import { OMB_ASIAN } from "../clinical/ancestry.ts";
import type { Overrides } from "../model/overrides.ts";
import type { Measurement, PatientModel } from "../model/patient-model.ts";
import type { DoseWarning } from "./dose-decision.ts";

export interface Effective {
  readonly weights: Measurement[];
  readonly eastAsian: "yes" | "no" | "unknown";
  readonly ombAsianOnly: boolean;
  readonly hepaticImpairment: boolean;
  readonly bleedingNow?: boolean;
  readonly warnings: DoseWarning[];
}

/**
 * A weight or height to 0.1 of its unit, as a scale shows it: a pound-converted 80.013694068 kg shows and computes
 * as 80 kg (the dose moves by at most 0.5 ug at 10 ug/kg), so the shown arithmetic reproduces the dose (ADR 0010 #21).
 */
export function toTenth(m: Measurement): Measurement {
  return { ...m, value: Math.round(m.value * 10) / 10 };
}

/**
 * @param model - the patient model
 * @param asOf - evaluation date (the override weight is dated with it)
 * @param o - the overrides
 * @param episodeIds - ids of the therapy episodes (an outcome or baseline for an unknown id is not applied)
 */
export function applyOverrides(model: PatientModel, asOf: string, o: Overrides, episodeIds: ReadonlySet<string>): Effective {
  const warnings: DoseWarning[] = [];
  const note = (text: string): void => {
    warnings.push({ code: "override-applied", text: `Clinician override applied: ${text}.`, refs: ["override"] });
  };
  const weights = model.weights.map(toTenth);
  if (o.weightKg !== undefined) {
    weights.push({ value: o.weightKg, unit: "kg", originalValue: o.weightKg, originalUnit: "kg", date: asOf, source: "override:weight" });
    note(`weight ${o.weightKg} kg, dated ${asOf}`);
  }
  let eastAsian = model.patient.eastAsianAncestry;
  if (o.eastAsianAncestry !== undefined) {
    eastAsian = o.eastAsianAncestry ? "yes" : "no";
    note(`East-/Southeast-Asian ancestry ${o.eastAsianAncestry ? "yes" : "no"}`);
  }
  const ombAsianOnly = eastAsian === "unknown" && model.patient.race.omb.includes(OMB_ASIAN);
  const recorded = model.conditions.some((c) => c.kind === "hepatic-impairment" && !["resolved", "inactive", "remission"].includes(c.clinicalStatus ?? ""));
  let hepaticImpairment = recorded;
  if (o.hepaticImpairment !== undefined) {
    hepaticImpairment = o.hepaticImpairment;
    note(`hepatic impairment ${o.hepaticImpairment ? "yes" : "no"}`);
  }
  if (o.bleedingNow !== undefined) note(`bleeding now ${o.bleedingNow ? "yes" : "no"}`);
  for (const [id, outcome] of Object.entries(o.therapyOutcomes)) if (episodeIds.has(id)) note(`${id} ${outcome}`);
  for (const [id, value] of Object.entries(o.baselines)) if (episodeIds.has(id)) note(`baseline platelet count ${value} ×10⁹/L for ${id}`);
  return { weights, eastAsian, ombAsianOnly, hepaticImpairment, ...(o.bleedingNow !== undefined ? { bleedingNow: o.bleedingNow } : {}), warnings };
}
