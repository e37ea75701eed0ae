/**
 * The PathwayState of a model on a date: every fact the later rules read (used by evaluate.ts and rule tests).
 */
import { NO_OVERRIDES, type Overrides } from "../model/overrides.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { assessApplicability } from "./applicability.ts";
import { applyOverrides, toTenth } from "./apply-overrides.ts";
import { assessBleeding } from "./bleeding.ts";
import { couldNotBeRead, dataGaps, gapsOf, SECOND_LINE_EVIDENCE } from "./data-gaps.ts";
import type { DoseWarning } from "./dose-decision.ts";
import type { PathwayState } from "./pathway-state.ts";
import { phaseOf } from "./phase.ts";
import { latestCount, newerUpperBound, rescueIntervals, validCounts } from "./platelets.ts";
import { refractoryStatus } from "./refractory.ts";
import { assessTherapies, procedureEpisodes } from "./therapies.ts";

/**
 * @param model - the patient model
 * @param asOf - evaluation date
 * @param overrides - the clinician's overrides
 * @returns the state, with the `override-applied` warnings
 */
export function buildState(model: PatientModel, asOf: string, overrides: Overrides = NO_OVERRIDES): PathwayState & { overrideWarnings: DoseWarning[] } {
  overrides = { ...NO_OVERRIDES, ...overrides };
  const applicability = assessApplicability(model);
  const phase = phaseOf(applicability.diagnosisDate, asOf);
  const counts = validCounts(model, asOf);
  const latest = latestCount(counts);
  const ids = new Set([...model.therapies.map((t) => t.id), ...procedureEpisodes(model).map((t) => t.id)]);
  const eff = applyOverrides(model, asOf, overrides, ids);
  const bleeding = assessBleeding(model, asOf, eff.bleedingNow);
  const therapies = assessTherapies({ model, weights: eff.weights, counts, rescue: rescueIntervals(model), asOf, overrides, activeBleeding: bleeding.active });
  const gaps = dataGaps(model);
  const hiding = gapsOf(gaps, ...SECOND_LINE_EVIDENCE);
  const hidden = hiding.length === 0 ? null : `${couldNotBeRead(hiding).replace(/^The/, "the")}, so a failed second-line therapy cannot be excluded`;
  const refractory = refractoryStatus(
    // A therapy given for another recorded indication (lupus, lymphoma...) is not a line of ITP therapy.
    therapies.filter((a) => a.episode.reasonIsItp !== false).map((a) => ({ agent: a.episode.agent, start: a.episode.start, failed: a.judgement.failed, windowPassed: a.judgement.windowPassed, judgedCounts: a.judgement.judged.length })),
    latest !== null,
    hidden,
  );
  return {
    asOf,
    model,
    applicability,
    phase,
    counts,
    latest,
    bound: newerUpperBound(model, asOf, latest),
    bleeding,
    therapies,
    refractory: refractory.status,
    refractoryReason: refractory.reason,
    refractoryByGaps: refractory.byGaps === true,
    gaps,
    secondaryCauses: applicability.secondaryCauses,
    hepaticImpairment: eff.hepaticImpairment,
    weights: eff.weights,
    start: { asOf, phase, weights: eff.weights, heights: model.heights.map(toTenth), eastAsian: eff.eastAsian, ombAsianOnly: eff.ombAsianOnly, hepaticImpairment: eff.hepaticImpairment },
    overrideWarnings: eff.warnings,
  };
}
