/**
 * Does the refractory-ITP pathway apply, and which diagnosis (clinical notes section 1; codes.md "Evidence of ITP").
 */
import { ITP_EVIDENCE_AGENTS } from "../clinical/windows.ts";
import type { SecondaryCause } from "../contract/evaluation.ts";
import type { ConditionFact, PatientModel } from "../model/patient-model.ts";
import { day } from "./dates.ts";

export type Diagnosis = "primary-itp" | "secondary-itp" | "thrombocytopenia-unspecified" | "none";

export interface Applicability {
  readonly pathwayApplies: boolean;
  readonly diagnosis: Diagnosis;
  readonly diagnosisDate: string | null;
  readonly secondaryCauses: SecondaryCause[];
  readonly notApplicableReason?: string;
  readonly dataUsed: string[];
}

/** Agents whose presence is evidence of ITP beside an unspecified thrombocytopenia code (codes.md). */
const ITP_EVIDENCE = new Set<string>(ITP_EVIDENCE_AGENTS);

function conditionDate(c: ConditionFact): string | null {
  const d = c.onset ?? c.recorded;
  return d === null ? null : day(d);
}

function earliest(conds: readonly ConditionFact[]): string | null {
  const dates = conds.map(conditionDate).filter((d): d is string => d !== null).sort();
  return dates[0] ?? null;
}

/**
 * Decide applicability and the diagnosis.
 * - An ITP condition (D69.3 and equivalents) is ITP.
 * - Only another/unspecified thrombocytopenia: ITP when a TPO-RA, fostamatinib, rilzabrutinib or anti-D is recorded,
 *   or a medication's reason is ITP (codes.md); otherwise `thrombocytopenia-unspecified`, pathway not applicable.
 * - A recorded non-ITP cause (drug-induced, HIT, TTP, inherited) without an ITP code: not applicable.
 * - Any recorded secondary cause (SLE, MGUS, HIV, ...) makes ITP `secondary-itp` (Mahévas 2016 lists them with
 *   secondary ITP; see docs/decisions/0010-pathway-open-questions.md).
 * @param model - the patient model
 * @returns the applicability decision with the resources it used
 */
export function assessApplicability(model: PatientModel): Applicability {
  const itp = model.conditions.filter((c) => c.kind === "itp");
  const otherThrombo = model.conditions.filter((c) => c.kind === "thrombocytopenia-other");
  const notItp = model.conditions.filter((c) => c.kind === "thrombocytopenia-not-itp");
  const causes = model.conditions.filter((c) => c.kind === "secondary-cause");
  const secondaryCauses = [...new Set(causes.map((c) => c.secondaryCause ?? "other"))];
  // An ITP-evidence agent given for another recorded indication (eltrombopag for aplastic anaemia, anti-D for Rh
  // prophylaxis in pregnancy) is not evidence of ITP (codes.md: therapies for another indication are not).
  const evidence = model.therapies.filter((t) => (ITP_EVIDENCE.has(t.agent) && t.reasonIsItp !== false) || t.reasonIsItp === true);

  let basis: ConditionFact[] = [];
  if (itp.length > 0) {
    basis = itp;
  } else if (notItp.length > 0) {
    return {
      pathwayApplies: false,
      diagnosis: "thrombocytopenia-unspecified",
      diagnosisDate: null,
      secondaryCauses,
      notApplicableReason: `Thrombocytopenia with a recorded non-ITP cause (${notItp.map((c) => c.display).join("; ")}): the ITP pathway does not apply.`,
      dataUsed: notItp.map((c) => c.source),
    };
  } else if (otherThrombo.length > 0 && evidence.length > 0) {
    basis = otherThrombo;
  } else if (otherThrombo.length > 0) {
    return {
      pathwayApplies: false,
      diagnosis: "thrombocytopenia-unspecified",
      diagnosisDate: null,
      secondaryCauses,
      notApplicableReason:
        "Thrombocytopenia is recorded without an ITP diagnosis or ITP-specific treatment: confirm the diagnosis before using the ITP pathway.",
      dataUsed: otherThrombo.map((c) => c.source),
    };
  } else {
    return {
      pathwayApplies: false,
      diagnosis: "none",
      diagnosisDate: null,
      secondaryCauses,
      notApplicableReason: "No ITP or thrombocytopenia diagnosis is recorded.",
      dataUsed: [],
    };
  }
  return {
    pathwayApplies: true,
    diagnosis: secondaryCauses.length > 0 ? "secondary-itp" : "primary-itp",
    diagnosisDate: earliest(basis),
    secondaryCauses,
    dataUsed: [...basis, ...causes].map((c) => c.source).concat(itp.length > 0 ? [] : evidence.flatMap((t) => t.sources.slice(0, 1))),
  };
}
