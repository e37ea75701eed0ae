/**
 * The refractory-ITP pathway: `evaluate(model, asOf, overrides)` -> the evaluation contract (schema version 1,
 * ../shared/spec/evaluation.md). Pure: no I/O, no clock, no React. The rules and their sources are listed in
 * docs/clinical-logic.md.
 */
import { MULTIREFRACTORY_PROGNOSIS, PITFALLS } from "../clinical/benefit-harm.ts";
import type { Evaluation } from "../contract/evaluation.ts";
import { NO_OVERRIDES, type Overrides } from "../model/overrides.ts";
import { buildState } from "./build-state.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { wholeYears } from "./dates.ts";
import { shownCount, type DoseWarning } from "./dose-decision.ts";
import { notApplicableReason, qualifyForGaps } from "./gap-notes.ts";
import { monitoring } from "./monitoring.ts";
import { recommend } from "./recommend.ts";
import { secondLineSummary } from "./second-line.ts";
import { countWarnings, dataWarnings, liverWarnings, phaseWarnings, thrombosisWarnings } from "./warnings.ts";

/**
 * Evaluate one patient on a date.
 * @param model - the normalised patient model (src/model/patient-model.ts)
 * @param asOf - evaluation date, YYYY-MM-DD
 * @param overrides - the clinician's corrections (each is named in an `override-applied` warning)
 * @returns the evaluation
 */
export function evaluate(model: PatientModel, asOf: string, overrides: Overrides = NO_OVERRIDES): Evaluation {
  const state = buildState(model, asOf, overrides);
  const { applicability, phase, latest, bleeding, therapies } = state;
  const r = recommend(state);
  const recommendations = qualifyForGaps(r.recommendations, state.gaps);
  const applies = applicability.pathwayApplies;
  const warnings = dedupe([...countWarnings(state), ...phaseWarnings(state), ...(applies ? [...r.warnings, ...liverWarnings(state), ...thrombosisWarnings(state, r.recommendations)] : []), ...dataWarnings(state, recommendations), ...state.overrideWarnings]);
  const used = new Set(model.ledger.used.map((u) => u.ref));
  return {
    schemaVersion: 1,
    asOf,
    patient: { id: model.patient.id, ageYears: model.patient.birthDate === null ? null : wholeYears(model.patient.birthDate, asOf), sex: model.patient.sex },
    assessment: {
      pathwayApplies: applies,
      diagnosis: applicability.diagnosis,
      diagnosisDate: applicability.diagnosisDate,
      phase,
      refractoryStatus: state.refractory,
      latestPlatelet: latest === null ? null : { value: shownCount(latest.value), unit: "10*9/L", date: latest.date, source: latest.source },
      activeBleeding: bleeding.active,
      secondaryCauses: applicability.secondaryCauses,
      therapies: therapies.map((a) => a.therapy),
      ...(applicability.notApplicableReason ? { notApplicableReason: notApplicableReason(applicability.notApplicableReason, state.gaps) } : {}),
      ...(state.refractory === "multirefractory" ? { prognosis: MULTIREFRACTORY_PROGNOSIS } : {}),
      ...(applies ? { secondLine: secondLineSummary(state, r.indication) } : {}),
    },
    recommendations,
    ...(r.notRecommended.length > 0 ? { notRecommended: r.notRecommended } : {}),
    monitoring: applies ? monitoring(state, r.recommendations, r.doseDecisions) : [],
    warnings,
    ...(applies ? { pitfalls: [...PITFALLS] } : {}),
    dataQuality: {
      read: model.ledger.read,
      used: used.size,
      excluded: model.ledger.excluded,
      ...(model.unavailable.length > 0 ? { unavailable: model.unavailable } : {}),
    },
  };
}

function dedupe(ws: readonly DoseWarning[]): Evaluation["warnings"] {
  const seen = new Set<string>();
  const out: Evaluation["warnings"] = [];
  for (const w of ws) {
    const key = `${w.code}|${w.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: w.code, text: w.text, ...(w.refs ? { refs: w.refs } : {}) });
  }
  return out;
}
