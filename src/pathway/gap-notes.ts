/**
 * What the unreadable resource types (data-gaps.ts) do to the recommendations and the warnings: a recommendation whose
 * "not yet tried" or "none tried" premise rests on a record that could not be read is kept only as a check to make,
 * and its rationale says so first (docs/decisions/0010-pathway-open-questions.md, item 30).
 */
import { TPO_RA_AGENTS } from "../clinical/windows.ts";
import type { Recommendation } from "../contract/evaluation.ts";
import { couldNotBeRead, gapsOf, joinAnd, RECOMMENDATION_PREMISES, type DataGap, type GapSource } from "./data-gaps.ts";
import type { DoseWarning } from "./dose-decision.ts";

const CONSIDER_AGENT: Partial<Record<Recommendation["code"], string>> = {
  "consider-rituximab": "rituximab",
  "consider-fostamatinib": "fostamatinib",
  "consider-avatrombopag": "avatrombopag",
  "consider-rilzabrutinib": "rilzabrutinib",
};

/** The note that opens the rationale, and the check the summary leads with; null when no premise is touched. */
function note(r: Recommendation, gaps: readonly DataGap[]): { sentence: string; check: string } | null {
  const procs = gapsOf(gaps, "procedures");
  const meds = gapsOf(gaps, "medications");
  const conds = gapsOf(gaps, "conditions");
  const orderAgents = [...new Set(r.orders.map((o) => o.agent))];
  if (r.code === "consider-splenectomy" && procs.length > 0) {
    return { sentence: `${couldNotBeRead(procs)}, so a previous splenectomy cannot be excluded: check whether a splenectomy was done before considering one.`, check: "Check whether a splenectomy was done (procedures could not be read)" };
  }
  if (r.code === "hsct" && procs.length > 0) {
    return { sentence: `${couldNotBeRead(procs)}, so a previous transplant cannot be excluded: check the transplant history.`, check: "Check whether a transplant was done (procedures could not be read)" };
  }
  if (meds.length === 0) {
    if (r.code === "reevaluate-diagnosis" && conds.length > 0) {
      return { sentence: `${couldNotBeRead(conds)}, so recorded secondary causes, liver disease and bleeding cannot be seen: exclude them clinically.`, check: "Problem list could not be read" };
    }
    return null;
  }
  const agent = CONSIDER_AGENT[r.code];
  if (agent !== undefined) {
    return { sentence: `${couldNotBeRead(meds)}, so a previous course of ${agent} cannot be excluded: check the medication history before considering it.`, check: `Check whether ${agent} was tried (medication records could not be read)` };
  }
  if (r.code === "start-tpo-ra") {
    return { sentence: `${couldNotBeRead(meds)}, so a previous TPO-RA (${joinAnd(TPO_RA_AGENTS)}) cannot be excluded: check the medication history before starting one.`, check: "Check whether a TPO-RA was tried (medication records could not be read)" };
  }
  if (r.code === "switch-tpo-ra") {
    const names = joinAnd(orderAgents.length > 0 ? orderAgents : ["the proposed TPO-RA"]);
    return { sentence: `${couldNotBeRead(meds)}, so a previous course of ${names} cannot be excluded: check the medication history before switching.`, check: `Check whether ${names} was tried (medication records could not be read)` };
  }
  if (r.code === "adjust-tpo-ra-dose" || r.code === "discontinue-tpo-ra") {
    return { sentence: `${couldNotBeRead(meds)}, so the dose history may be incomplete: confirm the current dose and how long it has been given before acting.`, check: "Confirm the current dose (medication records could not be read)" };
  }
  return null;
}

/**
 * @param recs - the ranked recommendations
 * @param gaps - the unreadable resource types
 * @returns the same recommendations, in the same order; those whose premise rests on an unreadable record open their
 *   rationale and summary with that fact
 */
export function qualifyForGaps(recs: readonly Recommendation[], gaps: readonly DataGap[]): Recommendation[] {
  if (gaps.length === 0) return [...recs];
  return recs.map((r) => {
    const n = note(r, gaps);
    if (n === null) return r;
    return { ...r, rationale: `${n.sentence} ${r.rationale}`, summary: r.summary === undefined ? `${n.check}.` : `${n.check}. ${r.summary}` };
  });
}

const CONSEQUENCE: Record<GapSource, string> = {
  procedures: "a previous splenectomy or transplant cannot be excluded",
  medications: "a previous or current ITP medicine (TPO-RA, rituximab, fostamatinib...) cannot be excluded, and dose histories may be incomplete",
  conditions: "the diagnosis, secondary causes, liver disease and bleeding are judged without the problem list",
  platelets: "responses, failures and dose steps rest only on the counts that could be read",
  vitals: "weight-based doses cannot rest on a current weight",
  liver: "hepatotoxicity on eltrombopag cannot be judged",
  observations: "counts, weights or liver tests may be missing",
  patient: "age, sex and ancestry may be unknown",
  other: "the evaluation may miss data",
};

function capitalised(s: string): string {
  return `${s[0]?.toUpperCase() ?? ""}${s.slice(1)}`;
}

/**
 * One `resource-type-unavailable` warning per unreadable type: what could not be read, why, what it hides, and which
 * recommendations (and the refractory status) rest on it.
 * @param gaps - the unreadable resource types
 * @param recs - the recommendations given
 * @param assessed - the assessment items each source touched here ("refractory status (insufficient data)"...)
 */
export function unavailableWarnings(gaps: readonly DataGap[], recs: readonly Recommendation[], assessed: Partial<Record<GapSource, readonly string[]>> = {}): DoseWarning[] {
  return gaps.map((g) => {
    const codes = [...new Set(recs.filter((r) => RECOMMENDATION_PREMISES[r.code].includes(g.source)).map((r) => r.code))];
    const affected = [...codes, ...(assessed[g.source] ?? [])];
    const tail = affected.length > 0 ? ` Affected: ${affected.join(", ")}.` : "";
    return { code: "resource-type-unavailable", text: `${capitalised(g.label)} could not be read from the EHR (${g.detail}): ${CONSEQUENCE[g.source]}.${tail}` };
  });
}

/**
 * @param reason - why the pathway does not apply (applicability.ts)
 * @param gaps - the unreadable resource types
 * @returns the reason, followed by the unreadable problem list when it could hold the diagnosis
 */
export function notApplicableReason(reason: string, gaps: readonly DataGap[]): string {
  const conds = gapsOf(gaps, "conditions");
  return conds.length === 0 ? reason : `${reason} ${couldNotBeRead(conds)}, so an ITP diagnosis cannot be excluded: check the problem list in the EHR.`;
}
