/**
 * `assessment.secondLine`: in plain words, why second-line therapy is or is not indicated (clinical notes section 2,
 * step 3; ASH 2019) and, when an indication exists but escalation is held back, why (docs/decisions ADR 0010 #17).
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { SecondLine } from "../contract/evaluation.ts";
import { couldNotBeRead, gapsOf } from "./data-gaps.ts";
import { day } from "./dates.ts";
import { shownCount } from "./dose-decision.ts";
import type { Indication } from "./indication.ts";
import type { PathwayState } from "./pathway-state.ts";

const NO_FIRST_LINE = "no first-line ITP therapy (corticosteroids, IVIG or anti-D) has failed or shown dependence";
const NO_SECOND_LINE = "no second-line ITP therapy has failed";

/**
 * `indicated` is true only when the second-line steps are offered (the recommendations follow it); when the step-3
 * criteria are met but escalation is held back, `indicated` is false, `reason` names the criteria met and `heldBack`
 * says why.
 * @param s - pathway state
 * @param ind - the indication (indication.ts)
 * @returns the contract's `assessment.secondLine`
 */
export function secondLineSummary(s: PathwayState, ind: Indication): SecondLine {
  const met = ind.reasons.join("; ");
  if (ind.indicated) return { indicated: true, reason: `Second-line therapy is indicated: ${met}.` };
  if (ind.heldBack !== null && ind.reasons.length > 0) {
    return { indicated: false, reason: `A second-line indication exists (${met}), but escalation is held back.`, heldBack: `${ind.heldBack}.` };
  }
  // Unreadable therapy records: "has failed" is only what could be read (data-gaps.ts; ADR 0010 item 30).
  const hidden = gapsOf(s.gaps, "medications", "procedures");
  const caveat = hidden.length === 0 ? "" : `; but t${couldNotBeRead(hidden).slice(1)}, so a failed therapy cannot be excluded`;
  return { indicated: false, reason: `Second-line therapy is not indicated: ${[countClause(s), NO_FIRST_LINE, NO_SECOND_LINE].join("; ")}${caveat}.` };
}

/** Why "persistent or chronic ITP with a latest count < 30 or bleeding" is not met (or cannot be judged). */
function countClause(s: PathwayState): string {
  const limit = THRESHOLDS.secondLineCount;
  const c = s.bound ?? s.latest;
  const count = c === null ? null : `${c.comparator ?? ""}${shownCount(c.value)} ×10⁹/L (${day(c.date)})`;
  if (s.phase === "unknown") {
    const why = s.applicability.diagnosisDate === null ? "no date of diagnosis in the record" : `the recorded date of diagnosis ${s.applicability.diagnosisDate} is after the evaluation date`;
    const low = count !== null && c !== null && c.value < limit ? `, although the latest count is ${count}` : "";
    return `the phase is unknown (${why}), so "persistent or chronic ITP with a count < ${limit}" cannot be judged${low}`;
  }
  if (s.phase === "newly-diagnosed") {
    const d = s.applicability.diagnosisDate;
    return `newly diagnosed ITP (${d === null ? "" : `diagnosed ${d}, `}under ${THRESHOLDS.persistentFromMonths} months): a low count or bleeding alone does not indicate it`;
  }
  const countPart = count === null ? `no valid platelet count to compare with ${limit}` : `the latest count ${count} is not ${c?.comparator ? "shown to be " : ""}below ${limit}`;
  return `${s.phase} ITP, but ${countPart} and no active bleeding`;
}
