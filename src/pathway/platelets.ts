/**
 * Which platelet counts the pathway uses, and which ones a rescue course makes unusable (clinical notes section 1).
 */
import { ELTROMBOPAG, ROMIPLOSTIM } from "../clinical/dosing.ts";
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { PatientModel, PlateletCount } from "../model/patient-model.ts";
import { addDays, day, instant, onOrBefore } from "./dates.ts";

/**
 * Valid counts on or before `asOf`, oldest first: a measured value (no comparator such as "<10", which is a bound,
 * not a measurement) that is not entered-in-error or cancelled. See docs/decisions/0010-pathway-open-questions.md.
 * @param model - the patient model
 * @param asOf - evaluation date
 * @returns counts in time order
 */
export function validCounts(model: PatientModel, asOf: string): PlateletCount[] {
  return model.platelets
    .filter((p) => p.comparator === null && !["entered-in-error", "cancelled"].includes(p.status) && onOrBefore(p.date, asOf))
    .sort((a, b) => instant(a.date) - instant(b.date));
}

/**
 * A count reported only as an upper bound ("<10", "<=20") that is newer than the latest measured count: not a
 * measurement (ADR 0010 #1), but it says the count is now below that bound, which the safety rules (critical count,
 * emergency, a count < 30) must not miss.
 * @param model - the patient model
 * @param asOf - evaluation date
 * @param latest - the latest measured count, or null
 * @returns the newest such bound, or null
 */
export function newerUpperBound(model: PatientModel, asOf: string, latest: PlateletCount | null): PlateletCount | null {
  const after = latest === null ? Number.NEGATIVE_INFINITY : instant(latest.date);
  return (
    model.platelets
      .filter((p) => (p.comparator === "<" || p.comparator === "<=") && !["entered-in-error", "cancelled"].includes(p.status) && onOrBefore(p.date, asOf) && instant(p.date) > after)
      .sort((a, b) => instant(a.date) - instant(b.date))
      .at(-1) ?? null
  );
}

/**
 * The counts a TPO-RA dose table reads: the measured counts plus a newer bound (`newerUpperBound`, or a newer lower
 * bound such as ">1000") when the bound alone decides the row: "<x" with x < 50 (increase row) or ">x" / ">=x" with
 * x > 400 (hold row). Any other bound cannot pick a row and is left out (the rationale names it).
 * @param counts - measured counts, oldest first
 * @param model - the patient model (for lower bounds)
 * @param asOf - evaluation date
 * @param bound - the newer upper bound, or null
 */
export function doseTableCounts(counts: readonly PlateletCount[], model: PatientModel, asOf: string, bound: PlateletCount | null): { counts: PlateletCount[]; undecided: PlateletCount | null } {
  const latest = counts.at(-1) ?? null;
  const after = latest === null ? Number.NEGATIVE_INFINITY : instant(latest.date);
  const lower = model.platelets
    .filter((p) => (p.comparator === ">" || p.comparator === ">=") && !["entered-in-error", "cancelled"].includes(p.status) && onOrBefore(p.date, asOf) && instant(p.date) > after)
    .sort((a, b) => instant(a.date) - instant(b.date))
    .at(-1);
  const newest = [bound, lower ?? null].filter((b): b is PlateletCount => b !== null).sort((a, b) => instant(a.date) - instant(b.date)).at(-1) ?? null;
  if (newest === null) return { counts: [...counts], undecided: null };
  // Both label tables share the rows: < 50 increase, > 400 hold (ROMIPLOSTIM / ELTROMBOPAG in src/clinical/dosing.ts).
  const decisive = newest.comparator === "<" || newest.comparator === "<=" ? newest.value < Math.min(ROMIPLOSTIM.increaseBelow, ELTROMBOPAG.increaseBelow) : newest.value > Math.max(ROMIPLOSTIM.holdAbove, ELTROMBOPAG.holdAbove);
  return decisive ? { counts: [...counts, newest], undecided: null } : { counts: [...counts], undecided: newest };
}

/** True when the latest known count (measured, or a newer upper bound) is below `threshold`. */
export function knownBelow(latest: PlateletCount | null, bound: PlateletCount | null, threshold: number): boolean {
  if (bound !== null) return bound.comparator === "<" ? bound.value <= threshold : bound.value < threshold;
  return latest !== null && latest.value < threshold;
}

/** The latest count, or null. */
export function latestCount(counts: readonly PlateletCount[]): PlateletCount | null {
  return counts[counts.length - 1] ?? null;
}

/** A closed interval of calendar days during which counts reflect a rescue course. */
export interface RescueInterval {
  readonly from: string;
  readonly to: string;
  readonly source: string;
}

/**
 * Rescue intervals: IVIG / anti-D courses (start to last dose + 14 days) and platelet transfusions (day + 14 days).
 * @param model - the patient model
 * @returns intervals of days whose counts reflect rescue therapy
 */
export function rescueIntervals(model: PatientModel): RescueInterval[] {
  const out: RescueInterval[] = [];
  for (const t of model.therapies) {
    if (!(t.rescue || t.class === "ivig") || t.start === null) continue;
    const lastDose = t.doses.length > 0 ? t.doses.map((d) => day(d.date)).sort().at(-1) : undefined;
    const end = lastDose ?? t.end ?? t.start;
    out.push({ from: day(t.start), to: addDays(end, THRESHOLDS.rescueExclusionDays), source: t.sources[0] ?? t.id });
  }
  for (const p of model.procedures) {
    if (p.kind !== "platelet-transfusion" || p.date === null) continue;
    out.push({ from: day(p.date), to: addDays(p.date, THRESHOLDS.rescueExclusionDays), source: p.source });
  }
  return out;
}

/** True when the count falls inside a rescue interval. */
export function affectedByRescue(count: PlateletCount, intervals: readonly RescueInterval[]): boolean {
  const d = day(count.date);
  return intervals.some((r) => d >= r.from && d <= r.to);
}
