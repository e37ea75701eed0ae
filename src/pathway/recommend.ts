/**
 * The ranked recommendations (clinical notes section 2, steps 1-9). Index 0 is the first thing to do.
 */
import { LABELLED_PHASES } from "../clinical/dosing.ts";
import { THRESHOLDS } from "../clinical/thresholds.ts";
import { TPO_RA_AGENTS } from "../clinical/windows.ts";
import type { Recommendation } from "../contract/evaluation.ts";
import { addMonths, day } from "./dates.ts";
import type { DoseDecision, DoseWarning } from "./dose-decision.ts";
import { secondLineIndication, type Indication } from "./indication.ts";
import type { PathwayState } from "./pathway-state.ts";
import { knownBelow } from "./platelets.ts";
import { discussGoalsOfCare, emergencyManagement, reevaluateDiagnosis } from "./recommendations-first.ts";
import {
  alemtuzumab,
  combinationChemotherapy,
  combinationImmunosuppressantTpoRa,
  considerOption,
  hsct,
  stopNotRecommended,
} from "./recommendations-escalation.ts";
import { adjustTpoRaDose, discontinueTpoRa, startTpoRa, switchTpoRa } from "./recommendations-tpo-ra.ts";
import { labelledForPhase } from "./start-orders.ts";

export interface RecommendOutput {
  readonly recommendations: Recommendation[];
  readonly warnings: DoseWarning[];
  readonly doseDecisions: DoseDecision[];
  readonly notRecommended: { agent: string; reason: string }[];
  readonly secondLineIndicated: boolean;
  /** The step-3 indication with its reasons and what holds it back (indication.ts). */
  readonly indication: Indication;
}

const TPO = new Set<string>(TPO_RA_AGENTS);
const START_AGENTS = ["romiplostim", "eltrombopag"] as const;
type Consider = "rituximab" | "fostamatinib" | "splenectomy" | "avatrombopag" | "rilzabrutinib";

/**
 * @param s - pathway state
 * @returns ranked recommendations with the warnings their orders raised
 */
export function recommend(s: PathwayState): RecommendOutput {
  const recs: Recommendation[] = [];
  const warnings: DoseWarning[] = [];
  const doseDecisions: DoseDecision[] = [];
  const out = (): RecommendOutput => ({ recommendations: recs, warnings, doseDecisions, notRecommended, secondLineIndicated: ind.indicated, indication: ind });
  const ind = secondLineIndication(s);
  const notRecommendedItems = s.therapies.filter((a) => a.episode.class === "not-recommended" && a.episode.ongoing && a.episode.reasonIsItp !== false);
  const notRecommended = notRecommendedItems.map((a) => ({ agent: a.episode.agent, reason: "not recommended for ITP: no efficacy or excessive toxicity (Seed)" }));
  if (!s.applicability.pathwayApplies) return out();

  // Step 1.
  if (s.bleeding.active && ((s.latest === null && s.bound === null) || knownBelow(s.latest, s.bound, THRESHOLDS.emergency))) recs.push(emergencyManagement(s));
  // Step 2.
  if (ind.indicated || s.refractory === "refractory" || s.refractory === "multirefractory" || s.secondaryCauses.length > 0) recs.push(reevaluateDiagnosis(s));
  if (ind.indicated) recs.push(discussGoalsOfCare(s));

  const tried = new Set(s.therapies.map((a) => a.episode.agent));
  // Step 3: start a TPO-RA.
  if (ind.indicated && !TPO_RA_AGENTS.some((a) => tried.has(a))) {
    // Romiplostim and eltrombopag are the start orders; avatrombopag is the further choice (consider-avatrombopag).
    const agents = START_AGENTS.filter((a) => labelledForPhase(a, s.phase));
    const b = startTpoRa(s, agents, ind.reasons);
    recs.push(b.recommendation);
    warnings.push(...b.warnings);
  }
  // Steps 4-5: the ongoing TPO-RA (the latest episode of each agent). One given for another recorded indication
  // (eltrombopag for aplastic anaemia) is not dosed or stopped by the ITP tables.
  const ongoingTpo = s.therapies.filter((a) => TPO.has(a.episode.agent) && a.episode.ongoing && a.episode.reasonIsItp !== false);
  for (const a of ongoingTpo.filter((x) => !x.judgement.failed)) {
    const b = adjustTpoRaDose(s, a);
    if (b === null) continue;
    recs.push(b.recommendation);
    warnings.push(...b.warnings);
    if (b.decision) doseDecisions.push(b.decision);
  }
  for (const a of ongoingTpo.filter((x) => x.judgement.failed)) {
    const b = discontinueTpoRa(s, a);
    recs.push(b.recommendation);
    warnings.push(...b.warnings);
  }
  // Step 6: switch.
  const failedTpo = s.therapies.filter((a) => TPO.has(a.episode.agent) && a.judgement.failed && a.episode.reasonIsItp !== false);
  if (ind.indicated && failedTpo.length > 0) {
    const candidates = TPO_RA_AGENTS.filter((a) => !tried.has(a) && labelledForPhase(a, s.phase));
    const firstChoice = candidates.filter((a) => a !== "avatrombopag");
    const untried = firstChoice.length > 0 ? firstChoice : candidates;
    if (untried.length > 0) {
      const b = switchTpoRa(s, failedTpo, untried, untried !== candidates && candidates.includes("avatrombopag"));
      recs.push(b.recommendation);
      warnings.push(...b.warnings);
    }
  }
  // Step 8 options (placed by step 7's ranking).
  const considers: Consider[] = [];
  if (ind.indicated) {
    if (!tried.has("rituximab")) considers.push("rituximab");
    if (!tried.has("fostamatinib")) considers.push("fostamatinib");
    const diag = s.applicability.diagnosisDate;
    if (!tried.has("splenectomy") && diag !== null && addMonths(diag, THRESHOLDS.splenectomyAfterMonths) <= day(s.asOf)) considers.push("splenectomy");
    // Avatrombopag (chronic ITP only) is its own step-8 option whenever untried; start-tpo-ra orders romiplostim and
    // eltrombopag, switch-tpo-ra prefers them (docs/decisions/0010-pathway-open-questions.md).
    if (!tried.has("avatrombopag") && labelledForPhase("avatrombopag", s.phase)) considers.push("avatrombopag");
    const previousTreatment = s.therapies.some((a) => a.episode.reasonIsItp !== false && !a.episode.rescue && a.episode.class !== "ivig" && a.episode.class !== "not-recommended");
    if (!tried.has("rilzabrutinib") && (LABELLED_PHASES["rilzabrutinib"] ?? []).includes(s.phase) && previousTreatment) considers.push("rilzabrutinib");
  }
  const pushConsiders = (): void => {
    for (const c of considers) {
      const b = considerOption(s, c, ind.reasons);
      recs.push(b.recommendation);
      warnings.push(...b.warnings);
    }
  };
  // Step 7: after TPO-RA failure, in order; consider-* after the first and before the rest.
  if (ind.indicated && failedTpo.length > 0) {
    recs.push(combinationImmunosuppressantTpoRa(s, failedTpo));
    pushConsiders();
    recs.push(combinationChemotherapy(failedTpo));
    recs.push(alemtuzumab(failedTpo));
    if (s.refractory === "multirefractory" && s.phase === "chronic" && s.bleeding.everRecorded) {
      recs.push(hsct(s, considers));
    }
  } else {
    pushConsiders();
  }
  // Step 9.
  if (notRecommendedItems.length > 0) recs.push(stopNotRecommended(notRecommendedItems));
  return out();
}
