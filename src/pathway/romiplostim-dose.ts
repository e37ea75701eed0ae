/**
 * Romiplostim (Nplate) weekly dose adjustment from the latest count (clinical notes section 3; Nplate label).
 */
import { ROMIPLOSTIM as R } from "../clinical/dosing.ts";
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { Order } from "../contract/evaluation.ts";
import type { Measurement, PlateletCount } from "../model/patient-model.ts";
import { day, daysBetween } from "./dates.ts";
import { describeCount, previousWeekly, shownCount, type DoseDecision, type DoseWarning } from "./dose-decision.ts";
import type { TpoRaContext } from "./tpo-ra-context.ts";
import { changedWeight, describeWeight } from "./weight.ts";

/** "1 ug/kg × 72.4 kg (2026-10-03) = 72 ug", rounded to the nearest whole ug. */
export function romiplostimDose(level: number, w: Measurement): { ug: number; arithmetic: string } {
  const ug = Math.round(level * w.value);
  return { ug, arithmetic: `${level} ug/kg × ${w.value} kg (${day(w.date)}) = ${ug} ug` };
}

interface Step {
  action: Order["action"];
  level: number | null;
  why: string;
  resumeBelow?: number;
}

function step(c: number, level: number | null, counts: readonly PlateletCount[], daysAtMax: number | null, held: PlateletCount | null): Step {
  if (held !== null && c <= R.holdAbove) {
    const resume = level === null ? null : Math.max(level - R.stepUgPerKg, R.minUgPerKg);
    const since = `Dosing is on hold since a count of ${shownCount(held.value)} on ${day(held.date)} (no dose given after it)`;
    if (c >= R.resumeBelow) return { action: "hold", level: resume, resumeBelow: R.resumeBelow, why: `${since}; the count is not yet < ${R.resumeBelow}: keep holding, check weekly.` };
    const low = level === R.minUgPerKg ? " On 1 ug/kg the table has no lower step: resume at 1 ug/kg." : "";
    return { action: level === R.minUgPerKg ? "continue" : "decrease", level: resume, why: `${since}; the count is now < ${R.resumeBelow}: resume at the dose reduced by 1 ug/kg.${low}` };
  }
  if (c > R.holdAbove) {
    const resume = level === null ? null : Math.max(level - R.stepUgPerKg, R.minUgPerKg);
    const low = level === R.minUgPerKg ? " On 1 ug/kg the table has no lower step: resume at 1 ug/kg." : "";
    return { action: "hold", level: resume, resumeBelow: R.resumeBelow, why: `Count > ${R.holdAbove}: do not dose; check the count weekly and resume when it is < ${R.resumeBelow}, at the dose reduced by 1 ug/kg.${low}` };
  }
  if (c > R.decreaseAbove) {
    const prev = previousWeekly(counts, R.consecutiveWeekMinDays, R.consecutiveWeekMaxDays);
    if (prev === null || prev.value <= R.decreaseAbove) {
      return { action: "continue", level, why: `Count > ${R.decreaseAbove} on one weekly count only: keep the dose and re-check next week (decrease only after 2 consecutive weeks > ${R.decreaseAbove}).` };
    }
    if (level === R.minUgPerKg) {
      return { action: "continue", level, why: `Count > ${R.decreaseAbove} for 2 consecutive weeks on 1 ug/kg: the table has no lower step; keep 1 ug/kg and review with the label.` };
    }
    return { action: "decrease", level: level === null ? null : level - R.stepUgPerKg, why: `Count > ${R.decreaseAbove} and <= ${R.holdAbove} for 2 consecutive weeks (previous ${shownCount(prev.value)} on ${day(prev.date)}): decrease by 1 ug/kg.` };
  }
  if (c >= R.increaseBelow) return { action: "continue", level, why: `Count ${R.increaseBelow}-${R.decreaseAbove}: keep the dose; the target is the lowest dose that keeps >= 50, not a normal count.` };
  if (level === null || level < R.maxUgPerKg) return { action: "increase", level: level === null ? null : level + R.stepUgPerKg, why: `Count < ${R.increaseBelow}: increase by 1 ug/kg (maximum ${R.maxUgPerKg} ug/kg).` };
  if ((daysAtMax ?? 0) < THRESHOLDS.daysAtMaxDoseForFailure) {
    return { action: "continue", level, why: `Count < ${R.increaseBelow} at the maximum 10 ug/kg for ${daysAtMax === null ? "an unknown number of" : daysAtMax} days: continue until 4 weeks at 10 ug/kg have passed.` };
  }
  return { action: "taper", level, why: "Count < 50 after 4 weeks at 10 ug/kg: discontinue, tapering." };
}

/**
 * The next romiplostim order.
 * @param ctx - romiplostim context (levels, initiation weight)
 * @param counts - valid counts, oldest first (at least one)
 * @param weights - all weights (for the > 10% change note)
 * @param asOf - evaluation date
 */
export function romiplostimDecision(ctx: TpoRaContext, counts: readonly PlateletCount[], weights: readonly Measurement[], asOf: string): DoseDecision | null {
  const latest = counts.at(-1);
  if (!latest) return null;
  const level = ctx.run?.level ?? null;
  // "On hold" needs administrations: a prescription or statement dates the order, not each weekly dose, so a count
  // > 400 after it does not show that no dose was given since.
  const last = ctx.levels.at(-1);
  const lastDose = last !== undefined && last.dose.source.startsWith("MedicationAdministration/") ? last.date : null;
  const held = lastDose === null ? null : (counts.find((c) => c.value > R.holdAbove && day(c.date) > lastDose && c !== latest) ?? null);
  const s = step(latest.value, level, counts, ctx.daysAtMaxNow, held);
  const warnings: DoseWarning[] = [];
  const dataUsed = [latest.source];
  const parts = [describeCount(latest, asOf), s.why];
  const order: Order = { agent: "romiplostim", action: s.action, route: R.route, frequency: R.frequency };
  if (s.resumeBelow !== undefined) order.resumeBelow = s.resumeBelow;
  if (level !== null) parts.push(`Current dose ${level} ug/kg weekly${ctx.run ? ` since ${ctx.run.since}` : ""}.`);
  if (last?.exact != null && Math.abs(last.exact - (last.level ?? 0)) > 0.1) {
    parts.push(`The last recorded dose (${last.dose.value} ${last.dose.unit}) is ${last.exact.toFixed(2)} ug/kg of the initiation weight, not a whole level: taken as ${last.level} ug/kg; verify.`);
  }
  if (ctx.weight === null) {
    warnings.push({ code: "missing-weight", text: "No body weight at initiation of the current romiplostim course: the dose in ug cannot be computed." });
  } else {
    dataUsed.push(ctx.weight.source);
    parts.push(`Weight at initiation of the current course (first dose ${ctx.courseStart}): ${describeWeight(ctx.weight)}.`);
    const newer = changedWeight(weights, ctx.weight, asOf);
    if (newer) {
      const text = `A newer weight ${describeWeight(newer)} differs by more than 10% from the initiation weight ${describeWeight(ctx.weight)}: review the dose (the arithmetic still uses the initiation weight, per the label).`;
      parts.push(text);
      dataUsed.push(newer.source);
      warnings.push({ code: "weight-changed", text, refs: [newer.source, ctx.weight.source] });
    }
  }
  if (s.level !== null && s.action !== "taper") {
    order.dosePerKg = { value: s.level, unit: "ug/kg" };
    if (ctx.weight !== null) {
      const d = romiplostimDose(s.level, ctx.weight);
      order.dose = { value: d.ug, unit: "ug" };
      order.doseArithmetic = d.arithmetic;
      order.weightUsed = { value: ctx.weight.value, unit: "kg", date: ctx.weight.date, source: ctx.weight.source };
      parts.push(`${s.action === "hold" ? "Resume dose" : "Dose"}: ${d.arithmetic}.`);
    }
  } else if (level === null) {
    parts.push("The current dose level cannot be worked out from the record: no dose is proposed.");
  }
  // Stable (monthly counts, notes section 4): the same dose for 4 weeks with the count in the keep-the-dose row.
  const stable = s.action === "continue" && held === null && ctx.run !== null && daysBetween(ctx.run.since, asOf) >= THRESHOLDS.daysAtMaxDoseForFailure && latest.value >= R.increaseBelow && latest.value <= R.decreaseAbove;
  return { order, rationale: parts.join(" "), dataUsed, warnings, stable };
}

