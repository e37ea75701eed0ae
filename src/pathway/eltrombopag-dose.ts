/**
 * Eltrombopag (Promacta) daily dose adjustment from the latest count (clinical notes section 3; Promacta label).
 * Alvaiz (eltrombopag choline) is never dosed from this table (see dose-table-unavailable in recommend.ts).
 */
import { ELTROMBOPAG as E } from "../clinical/dosing.ts";
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { Order } from "../contract/evaluation.ts";
import type { PlateletCount } from "../model/patient-model.ts";
import { daysBetween } from "./dates.ts";
import { describeCount, type DoseDecision } from "./dose-decision.ts";
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
 */
export function eltrombopagStep(c: number, mg: number | null, daysOn: number, daysAtMax: number | null): Step {
  const twoWeeks = daysOn >= E.minDaysOnDoseBeforeChange;
  if (c > E.holdAbove) {
    if (mg === E.minMg && daysOn >= E.stopAtMinAfterDays) return { action: "stop", mg: null, why: `Count > ${E.holdAbove} after 2 weeks at the lowest dose (12.5 mg): discontinue.` };
    const resume = mg === null ? null : down(mg);
    return { action: "hold", mg: resume, resumeBelow: E.resumeBelow, why: `Count > ${E.holdAbove}: pause eltrombopag; check the count twice weekly and restart when it is < ${E.resumeBelow}, at the daily dose reduced by 25 mg (12.5 mg from 25 mg or 12.5 mg).` };
  }
  if (c >= E.decreaseFrom) {
    if (!twoWeeks) return { action: "continue", mg, why: `Count ${E.decreaseFrom}-${E.holdAbove} but only ${daysOn} days on this dose: wait 2 weeks after a dose change before adjusting again.` };
    if (mg === E.minMg) return { action: "continue", mg, why: `Count ${E.decreaseFrom}-${E.holdAbove} on 12.5 mg, the lowest dose: keep it and re-check (> ${E.holdAbove} after 2 weeks on 12.5 mg means stop).` };
    return { action: "decrease", mg: mg === null ? null : down(mg), why: `Count >= ${E.decreaseFrom} and <= ${E.holdAbove}: decrease by 25 mg (25 mg goes to 12.5 mg); wait 2 weeks before any further adjustment.` };
  }
  if (c >= E.increaseBelow) return { action: "continue", mg, why: `Count >= ${E.increaseBelow} and < ${E.decreaseFrom}: keep the dose; the target is the lowest dose that keeps >= 50, not a normal count.` };
  if (!twoWeeks) return { action: "continue", mg, why: `Count < ${E.increaseBelow} but only ${daysOn} days on the current dose: increase only after at least 2 weeks on it.` };
  if (mg === null || mg < E.maxMg) return { action: "increase", mg: mg === null ? null : up(mg), why: `Count < ${E.increaseBelow} after at least 2 weeks on the current dose: increase by 25 mg (12.5 mg goes to 25 mg; maximum 75 mg).` };
  if ((daysAtMax ?? 0) < THRESHOLDS.daysAtMaxDoseForFailure) return { action: "continue", mg, why: `Count < ${E.increaseBelow} on the maximum 75 mg for ${daysAtMax ?? 0} days: continue until 4 weeks at 75 mg have passed.` };
  return { action: "taper", mg, why: "Count < 50 after 4 weeks at 75 mg: discontinue, tapering." };
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
  const s = eltrombopagStep(latest.value, mg, daysOn, ctx.daysAtMax);
  const order: Order = { agent: "eltrombopag", action: s.action, route: E.route, frequency: E.frequency, note: `Take ${E.administration}.` };
  if (s.mg !== null && s.action !== "stop" && s.action !== "taper") order.dose = { value: s.mg, unit: "mg" };
  if (s.resumeBelow !== undefined) order.resumeBelow = s.resumeBelow;
  const parts = [describeCount(latest, asOf), s.why];
  parts.push(mg === null ? "The current daily dose cannot be worked out from the record: no dose is proposed." : `Current dose ${mg} mg daily since ${ctx.run?.since}.`);
  const stable = s.action === "continue" && daysOn >= 28;
  return { order, rationale: parts.join(" "), dataUsed: [latest.source], warnings: [], stable };
}
