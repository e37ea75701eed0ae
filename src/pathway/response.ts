/**
 * Response to one therapy by the IWG 2009 criteria (clinical notes section 1), and whether it counts as failed.
 * Pure: the caller passes the valid counts, rescue intervals and (for TPO-RAs) the days at the maximum dose.
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import { WINDOWS } from "../clinical/windows.ts";
import type { PlateletCount, TherapyEpisode } from "../model/patient-model.ts";
import { addDays, day, daysBetween } from "./dates.ts";
import { shownCount } from "./dose-decision.ts";
import { affectedByRescue, type RescueInterval } from "./platelets.ts";

export type Response = "complete-response" | "response" | "no-response" | "not-evaluable";

/** Two counts at or above `threshold` on occasions more than 7 days apart (IWG confirmation). */
export function confirmedAtOrAbove(counts: readonly PlateletCount[], threshold: number): boolean {
  const hits = counts.filter((c) => c.value >= threshold);
  const first = hits[0];
  const last = hits.at(-1);
  return first !== undefined && last !== undefined && daysBetween(first.date, last.date) > THRESHOLDS.confirmationDaysApart;
}

/** The count that R requires: >= 30 and >= 2x baseline (IWG 2009); null without a baseline. */
export function responseLevel(baseline: number | null): number | null {
  return baseline === null ? null : Math.max(THRESHOLDS.response, THRESHOLDS.responseBaselineMultiple * baseline);
}

export interface CountVerdict {
  readonly achieved: "complete-response" | "response" | null;
  /** The latest counts, spanning more than 1 day, are all below the response level (loss of response). */
  readonly lost: boolean;
  /** After a CR: the latest counts, spanning more than 1 day, are below 100 (loss of CR). */
  readonly lostComplete: boolean;
  /** Two counts >= 30 more than 7 days apart exist: R is possible, so NR cannot be declared without a baseline. */
  readonly responsePossible: boolean;
}

/**
 * Judge a series of counts against a baseline (IWG 2009): CR, R, loss of response.
 * @param counts - judged counts, oldest first
 * @param baseline - baseline count, or null
 */
export function judgeCounts(counts: readonly PlateletCount[], baseline: number | null): CountVerdict {
  const rLevel = responseLevel(baseline);
  const cr = confirmedAtOrAbove(counts, THRESHOLDS.completeResponse);
  const r = rLevel !== null && confirmedAtOrAbove(counts, rLevel);
  const achieved = cr ? "complete-response" : r ? "response" : null;
  // Loss: the trailing run of counts below the level spans more than 1 day (2 counts > 1 day apart, IWG 2009).
  const below = (level: number): boolean => {
    let i = counts.length;
    while (i > 0 && (counts[i - 1]?.value ?? Infinity) < level) i--;
    const run = counts.slice(i);
    const first = run[0];
    const last = run.at(-1);
    return first !== undefined && last !== undefined && daysBetween(first.date, last.date) > THRESHOLDS.lossDaysApart;
  };
  return {
    achieved,
    lost: achieved !== null && below(rLevel ?? THRESHOLDS.response),
    lostComplete: achieved === "complete-response" && below(THRESHOLDS.completeResponse),
    responsePossible: confirmedAtOrAbove(counts, THRESHOLDS.response),
  };
}

export interface JudgeInput {
  readonly episode: TherapyEpisode;
  readonly counts: readonly PlateletCount[];
  readonly rescue: readonly RescueInterval[];
  readonly asOf: string;
  /** TPO-RAs: days at the maximum dose (null when unknown). */
  readonly daysAtMax?: number | null;
  /**
   * Ongoing TPO-RAs: days of the current run of doses at the maximum (0 when the current dose is below it; null when
   * unknown). A lost response while the dose can still go up is not a failure: the table increases the dose.
   */
  readonly daysAtMaxNow?: number | null;
  /** TPO-RAs: the maximum dose of this formulation, for the failure reason (Alvaiz 54 mg). */
  readonly maxDose?: { value: number; unit: string };
  readonly baselineOverride?: number;
  /**
   * Splenectomy: the day the next non-rescue ITP therapy started after it, or null. Its counts are judged until the
   * day before (at least to the end of the 4-week window), so a later therapy's effect is not credited to it.
   */
  readonly nextTherapyStart?: string | null;
  readonly activeBleeding: boolean;
}

export interface Judgement {
  readonly response: Response;
  readonly failed: boolean;
  readonly failureReason?: string;
  readonly baseline: { value: number; source: string } | null;
  readonly judged: PlateletCount[];
  readonly windowPassed: boolean;
  readonly verdict: CountVerdict;
}

/** Last valid count on or before the start day, within 30 days (notes section 1). */
export function baselineOf(counts: readonly PlateletCount[], start: string): PlateletCount | null {
  const from = addDays(start, -THRESHOLDS.baselineWindowDays);
  return counts.filter((c) => day(c.date) <= day(start) && day(c.date) >= from).at(-1) ?? null;
}

/**
 * Judge one therapy: response (IWG 2009) over the counts that judge it, and failure (notes section 1).
 * @param input - the episode, counts and context
 * @returns the judgement
 */
export function judgeTherapy(input: JudgeInput): Judgement {
  const { episode: t, asOf } = input;
  const window = WINDOWS[t.agent];
  const none: CountVerdict = { achieved: null, lost: false, lostComplete: false, responsePossible: false };
  if (t.start === null) {
    const reason = t.stoppedForIntolerance ? { failureReason: "stopped for intolerance or toxicity" } : {};
    return { response: "not-evaluable", failed: t.stoppedForIntolerance, ...reason, baseline: null, judged: [], windowPassed: false, verdict: none };
  }
  const start = day(t.start);
  const stop = t.ongoing || t.end === null ? day(asOf) : day(t.end) < day(asOf) ? day(t.end) : day(asOf);
  let rangeEnd = stop;
  let windowPassed = false;
  if (window?.kind === "days") {
    const windowEnd = addDays(start, window.days);
    windowPassed = day(asOf) >= windowEnd;
    rangeEnd = stop > windowEnd ? stop : windowEnd < day(asOf) ? windowEnd : day(asOf);
    if (t.agent === "splenectomy") {
      // Permanent: judged beyond its window (loss of response after splenectomy), until the next therapy began.
      const next = input.nextTherapyStart ?? null;
      const until = next !== null && next <= day(asOf) ? addDays(next, -1) : day(asOf);
      rangeEnd = until > rangeEnd ? until : rangeEnd;
    }
  } else if (window?.kind === "tpoRaMax") {
    windowPassed = (input.daysAtMax ?? 0) >= THRESHOLDS.daysAtMaxDoseForFailure;
  }
  const isRescue = t.rescue || t.class === "ivig";
  const judged = input.counts.filter((c) => day(c.date) > start && day(c.date) <= rangeEnd && (isRescue || !affectedByRescue(c, input.rescue)));
  // A count raised by a rescue course is no baseline either (it would make "twice baseline" unreachable).
  const baselineCounts = isRescue ? input.counts : input.counts.filter((c) => !affectedByRescue(c, input.rescue));
  const base = input.baselineOverride !== undefined ? { value: input.baselineOverride, source: "override:baseline" } : toBaseline(baselineOf(baselineCounts, start));
  const verdict = judgeCounts(judged, base?.value ?? null);
  // Loss of response on an ongoing TPO-RA: failed only after 4 weeks at the maximum in the current run (notes
  // section 1: "loss of response while still on it at the maximum dose"), never from an earlier run at the maximum.
  let daysAtMaxUsed = input.daysAtMax ?? null;
  if (window?.kind === "tpoRaMax" && t.ongoing && verdict.achieved !== null && input.daysAtMaxNow !== undefined) {
    daysAtMaxUsed = input.daysAtMaxNow;
    windowPassed = (input.daysAtMaxNow ?? 0) >= THRESHOLDS.daysAtMaxDoseForFailure;
  }
  const bleedingLoss = input.activeBleeding && (t.ongoing || stop === day(asOf)) && verdict.achieved !== null;

  let response: Response;
  if (verdict.achieved !== null && (verdict.lost || bleedingLoss)) response = "no-response";
  else if (verdict.achieved === "complete-response" && verdict.lostComplete) response = base === null ? "not-evaluable" : "response";
  else if (verdict.achieved !== null) response = verdict.achieved;
  else if (judged.length === 0 || (verdict.responsePossible && base === null) || !windowPassed || window === undefined || window.kind === "transient") response = "not-evaluable";
  else response = "no-response";

  const lostNote = bleedingLoss ? "loss of response (bleeding)" : "loss of response";
  const values = judged.map((c) => shownCount(c.value));
  const counts = values.length === 0 ? "" : ` (${values.length} count${values.length > 1 ? "s" : ""} ${Math.min(...values)}-${Math.max(...values)} ×10⁹/L${base ? `, baseline ${shownCount(base.value)}` : ", no baseline"})`;
  let failureReason: string | undefined;
  if (t.stoppedForIntolerance) failureReason = "stopped for intolerance or toxicity";
  else if (window?.kind === "days" && response === "no-response") failureReason = `${verdict.achieved !== null ? lostNote : `no response (IWG) after the ${window.days}-day assessment window`}${counts}`;
  else if (window?.kind === "tpoRaMax" && windowPassed && response === "no-response")
    failureReason = `${verdict.achieved !== null ? `${lostNote} after 4 weeks at the maximum dose` : "no response after 4 weeks at the maximum dose"} (${daysAtMaxUsed ?? "unknown"} days at ${input.maxDose?.value ?? window.maxDose} ${input.maxDose?.unit ?? window.unit}${counts ? `; ${counts.slice(2, -1)}` : ""})`;
  return {
    response,
    failed: failureReason !== undefined,
    ...(failureReason !== undefined ? { failureReason } : {}),
    baseline: base,
    judged,
    windowPassed,
    verdict,
  };
}

function toBaseline(c: PlateletCount | null): { value: number; source: string } | null {
  return c === null ? null : { value: c.value, source: c.source };
}
