/**
 * Eltrombopag (Promacta) daily dose adjustment from the latest count (clinical notes section 3; Promacta label).
 * Alvaiz (eltrombopag choline) is never dosed from this table (see dose-table-unavailable in recommend.ts).
 */
import { ELTROMBOPAG as E } from "../clinical/dosing.ts";
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { Order } from "../contract/evaluation.ts";
import type { PlateletCount } from "../model/patient-model.ts";
import { day, daysBetween, instant } from "./dates.ts";
import { describeCount, shownCount, type DoseDecision } from "./dose-decision.ts";
import type { TpoRaContext } from "./tpo-ra-context.ts";

interface Step {
  action: Order["action"];
  mg: number | null;
  why: string;
  resumeBelow?: number;
}

function down(mg: number): number {
  return mg <= E.reducedStartMg ? E.minMg : mg - E.stepMg;
}

function up(mg: number): number {
  return mg < E.reducedStartMg ? E.reducedStartMg : Math.min(mg + E.stepMg, E.maxMg);
}

/**
 * The table row for a count, the current dose (mg, or null when unknown) and the days on it.
 * @param c - latest count
 * @param mg - current daily dose
 * @param daysOn - days on the current dose
 * @param daysAtMax - days at 75 mg
 * @param afterDecrease - the current dose came from a decrease (the label's 2-week wait before a further decrease)
 */
export function eltrombopagStep(c: number, mg: number | null, daysOn: number, daysAtMax: number | null, afterDecrease = false): Step {
  const twoWeeks = daysOn >= E.minDaysOnDoseBeforeChange;
  if (c > E.holdAbove) {
    if (mg === E.minMg && daysOn >= E.stopAtMinAfterDays) return { action: "stop", mg: null, why: `Count > ${E.holdAbove} after 2 weeks at the lowest dose (12.5 mg): discontinue.` };
    const resume = mg === null ? null : down(mg);
    return { action: "hold", mg: resume, resumeBelow: E.resumeBelow, why: `Count > ${E.holdAbove}: pause eltrombopag; check the count twice weekly and restart when it is < ${E.resumeBelow}, at the daily dose reduced by 25 mg (12.5 mg from 25 mg or 12.5 mg).` };
  }
  if (c >= E.decreaseFrom) {
    if (!twoWeeks && afterDecrease) return { action: "continue", mg, why: `Count ${E.decreaseFrom}-${E.holdAbove} but only ${daysOn} days since the last decrease: wait 2 weeks after a decrease before decreasing again.` };
    if (mg === E.minMg) return { action: "continue", mg, why: `Count ${E.decreaseFrom}-${E.holdAbove} on 12.5 mg, the lowest dose: keep it and re-check (> ${E.holdAbove} after 2 weeks on 12.5 mg means stop).` };
    return { action: "decrease", mg: mg === null ? null : down(mg), why: `Count >= ${E.decreaseFrom} and <= ${E.holdAbove}: decrease by 25 mg (25 mg goes to 12.5 mg); wait 2 weeks before any further adjustment.` };
  }
  if (c >= E.increaseBelow) return { action: "continue", mg, why: `Count >= ${E.increaseBelow} and < ${E.decreaseFrom}: keep the dose; the target is the lowest dose that keeps >= 50, not a normal count.` };
  if (!twoWeeks) return { action: "continue", mg, why: `Count < ${E.increaseBelow} but only ${daysOn} days on the current dose: increase only after at least 2 weeks on it.` };
  if (mg === null || mg < E.maxMg) return { action: "increase", mg: mg === null ? null : up(mg), why: `Count < ${E.increaseBelow} after at least 2 weeks on the current dose: increase by 25 mg (12.5 mg goes to 25 mg; maximum 75 mg).` };
  if ((daysAtMax ?? 0) < THRESHOLDS.daysAtMaxDoseForFailure) return { action: "continue", mg, why: `Count < ${E.increaseBelow} on the maximum 75 mg for ${daysAtMax === null ? "an unknown number of" : daysAtMax} days: continue until 4 weeks at 75 mg have passed.` };
  return { action: "taper", mg, why: "Count < 50 after 4 weeks at 75 mg: discontinue, tapering." };
}

/**
 * After a count > 400 on the current dose, eltrombopag is paused until the count is < 150 (Promacta label; notes
 * section 3): a later count of 150-400 keeps it paused (never read as the 200-400 "decrease" row, which would restart
 * it too early); below 150 it restarts at the daily dose reduced by 25 mg (12.5 mg from 25 or 12.5 mg).
 * @param c - latest count (<= 400)
 * @param mg - current daily dose, or null
 * @param held - the count > 400 after the current dose began
 * @param daysOnAtHold - days on the current dose when that count was drawn
 * @returns the step; "stop" when that count came after 2 weeks at 12.5 mg (the label's stop row wins)
 */
export function pausedStep(c: number, mg: number | null, held: PlateletCount, daysOnAtHold: number): Step {
  if (mg === E.minMg && daysOnAtHold >= E.stopAtMinAfterDays) return { action: "stop", mg: null, why: `Count ${shownCount(held.value)} (> ${E.holdAbove}) on ${day(held.date)} after 2 weeks at the lowest dose (12.5 mg): discontinue.` };
  const resume = mg === null ? null : down(mg);
  const since = `A count of ${shownCount(held.value)} (> ${E.holdAbove}) on ${day(held.date)} since the current dose began means eltrombopag is paused`;
  if (c >= E.resumeBelow) return { action: "hold", mg: resume, resumeBelow: E.resumeBelow, why: `${since}; the count is not yet < ${E.resumeBelow}: keep it paused, check the count twice weekly.` };
  return { action: mg === E.minMg ? "continue" : "decrease", mg: resume, why: `${since}; the count is now < ${E.resumeBelow}: restart at the daily dose reduced by 25 mg (12.5 mg from 25 mg or 12.5 mg).` };
}

/**
 * The next eltrombopag (Promacta) order.
 * @param ctx - eltrombopag context
 * @param counts - valid counts, oldest first
 * @param asOf - evaluation date
 */
export function eltrombopagDecision(ctx: TpoRaContext, counts: readonly PlateletCount[], asOf: string): DoseDecision | null {
  const latest = counts.at(-1);
  if (!latest) return null;
  const mg = ctx.run?.level ?? null;
  const daysOn = ctx.run === null ? 0 : daysBetween(ctx.run.since, asOf);
  const since = ctx.run?.since ?? null;
  const before = since === null ? undefined : ctx.levels.filter((l) => l.date < since).at(-1);
  const afterDecrease = mg !== null && before?.level != null && before.level > mg;
  // The last count > 400 on the current dose, unless a later count already fell below 150 (the restart point passed).
  const lastHigh = since === null ? undefined : counts.filter((c) => c.value > E.holdAbove && day(c.date) > since && c !== latest).at(-1);
  const restarted = lastHigh !== undefined && counts.some((c) => c !== latest && instant(c.date) > instant(lastHigh.date) && c.value < E.resumeBelow);
  const held = lastHigh === undefined || restarted ? null : lastHigh;
  const s = held !== null && since !== null && latest.value <= E.holdAbove ? pausedStep(latest.value, mg, held, daysBetween(since, held.date)) : eltrombopagStep(latest.value, mg, daysOn, ctx.daysAtMaxNow, afterDecrease);
  const order: Order = { agent: "eltrombopag", action: s.action, route: E.route, frequency: E.frequency, note: `Take ${E.administration}.` };
  if (s.mg !== null && s.action !== "stop" && s.action !== "taper") order.dose = { value: s.mg, unit: "mg" };
  if (s.resumeBelow !== undefined) order.resumeBelow = s.resumeBelow;
  const parts = [describeCount(latest, asOf), s.why];
  parts.push(mg === null ? "The current daily dose cannot be worked out from the record: no dose is proposed." : `Current dose ${mg} mg daily since ${ctx.run?.since}.`);
  // Stable (monthly counts, notes section 4): the same dose for 4 weeks with the count in the keep-the-dose row.
  const stable = s.action === "continue" && held === null && daysOn >= THRESHOLDS.daysAtMaxDoseForFailure && latest.value >= E.increaseBelow && latest.value < E.decreaseFrom;
  return { order, rationale: parts.join(" "), dataUsed: [latest.source], warnings: [], stable };
}
