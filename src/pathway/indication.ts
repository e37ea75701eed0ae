/**
 * When second-line therapy is indicated (clinical notes section 2, step 3; ASH 2019; Nplate and Promacta indications).
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import { SECOND_LINE_AGENTS, WINDOWS } from "../clinical/windows.ts";
import { addDays, day } from "./dates.ts";
import type { PathwayState } from "./pathway-state.ts";
import { shownCount } from "./dose-decision.ts";
import { knownBelow } from "./platelets.ts";
import type { AssessedTherapy } from "./therapies.ts";

const SECOND_LINE = new Set<string>(SECOND_LINE_AGENTS);

export interface Indication {
  readonly indicated: boolean;
  readonly reasons: string[];
  /** Why escalation is held back although a reason exists. */
  readonly heldBack: string | null;
}

/**
 * Second-line therapy is indicated by: no response, loss of response or dependence on first-line therapy
 * (corticosteroids, IVIG, anti-D); persistent or chronic ITP with a latest count < 30 or bleeding; or a failed
 * second-line therapy. Never while the patient responds to an ongoing therapy, nor while an ongoing second-line
 * therapy has not failed (it is still being assessed or titrated: docs/decisions/0010-pathway-open-questions.md).
 * @param s - pathway state
 */
export function secondLineIndication(s: PathwayState): Indication {
  const reasons: string[] = [];
  // Therapies given for another recorded indication are not ITP lines (codes.md).
  const itpTherapies = s.therapies.filter((a) => a.episode.reasonIsItp !== false);
  for (const a of itpTherapies) {
    if ((a.episode.class === "corticosteroid" || a.episode.class === "ivig") && a.judgement.failed) {
      reasons.push(`${a.episode.agent}: ${a.judgement.failureReason ?? "failed"}`);
    }
  }
  if ((s.phase === "persistent" || s.phase === "chronic") && knownBelow(s.latest, s.bound, THRESHOLDS.secondLineCount)) {
    const c = s.bound ?? s.latest;
    reasons.push(`${s.phase} ITP with a latest count of ${c?.comparator ?? ""}${c ? shownCount(c.value) : ""} ×10⁹/L (< ${THRESHOLDS.secondLineCount})`);
  }
  if ((s.phase === "persistent" || s.phase === "chronic") && s.bleeding.active) reasons.push(`${s.phase} ITP with bleeding`);
  for (const a of itpTherapies) {
    if (SECOND_LINE.has(a.episode.agent) && a.judgement.failed) reasons.push(`${a.episode.agent} failed (${a.judgement.failureReason ?? "failed"})`);
  }
  const ongoing = itpTherapies.filter((a) => a.episode.ongoing && !a.episode.rescue && a.episode.class !== "ivig" && a.episode.class !== "not-recommended");
  const responding = ongoing.find((a) => !a.judgement.failed && (a.judgement.response === "complete-response" || a.judgement.response === "response"));
  const inProgress = ongoing.find((a) => SECOND_LINE.has(a.episode.agent) && !a.judgement.failed);
  let heldBack: string | null = null;
  if (responding) heldBack = `the patient is responding to ongoing ${responding.episode.agent}${started(responding)} (${responding.judgement.response.replace("-", " ")}): no second-line therapy is started while the current therapy works`;
  else if (inProgress) heldBack = stillBeingJudged(inProgress, s.asOf);
  return { indicated: reasons.length > 0 && heldBack === null, reasons, heldBack };
}

function started(a: AssessedTherapy): string {
  return a.episode.start === null ? "" : ` started ${day(a.episode.start)}`;
}

/** Why an ongoing, not failed second-line therapy holds escalation back: its window (notes section 1) or its titration. */
function stillBeingJudged(a: AssessedTherapy, asOf: string): string {
  const w = WINDOWS[a.episode.agent];
  const what = `${a.episode.agent}${started(a)}`;
  if (w?.kind === "days" && a.episode.start !== null) {
    const weeks = `${w.days / 7}-week`;
    if (!a.judgement.windowPassed) return `${what} is still inside its ${weeks} assessment window (until ${addDays(a.episode.start, w.days)}; ${w.source}): it is judged before another agent is added`;
    return `${what} has passed its ${weeks} assessment window without a platelet count to judge it: get a count before escalating`;
  }
  if (w?.kind === "tpoRaMax" && a.tpo !== null) {
    const now = a.tpo.daysAtMaxNow === null ? "current dose level unknown" : `${a.tpo.daysAtMaxNow} of ${THRESHOLDS.daysAtMaxDoseForFailure} days at the maximum so far`;
    return `${what} is still being titrated (${now}): it counts as failed only after 4 weeks at the maximum dose of ${a.tpo.max} ${a.tpo.unit}${a.tpo.unit === "ug/kg" ? " weekly" : " daily"} without response (${w.source})`;
  }
  return `ongoing ${what} has not failed (still being assessed or titrated)`;
}
