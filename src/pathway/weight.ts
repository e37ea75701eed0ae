/**
 * Which body weight a dose uses (clinical notes section 3; Nplate label: actual body weight at initiation of therapy).
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { DoseRecord, Measurement } from "../model/patient-model.ts";
import { addMonths, day, daysBetween, instant, onOrBefore } from "./dates.ts";

function byTime(ws: readonly Measurement[]): Measurement[] {
  return [...ws].sort((a, b) => instant(a.date) - instant(b.date));
}

/**
 * Weight for a new start: the latest weight on or before `asOf` and no older than 6 months before it; else null.
 * @param weights - weights in kg
 * @param asOf - evaluation date
 */
export function newStartWeight(weights: readonly Measurement[], asOf: string): Measurement | null {
  const oldest = addMonths(asOf, -THRESHOLDS.weightMaxAgeMonths);
  const ok = byTime(weights).filter((w) => onOrBefore(w.date, asOf) && day(w.date) >= oldest);
  return ok.at(-1) ?? null;
}

/**
 * First dose of the current course: walking back from the latest dose on or before `asOf`, a gap of more than
 * 4 weeks between doses starts a new course.
 * @param doses - dose history
 * @param asOf - evaluation date
 * @returns the day of the course's first dose, or null without doses
 */
export function currentCourseStart(doses: readonly DoseRecord[], asOf: string): string | null {
  const days = doses.map((d) => day(d.date)).filter((d) => d <= day(asOf)).sort();
  if (days.length === 0) return null;
  let start = days[days.length - 1] as string;
  for (let i = days.length - 2; i >= 0; i--) {
    const d = days[i] as string;
    if (daysBetween(d, start) > THRESHOLDS.courseGapDays) break;
    start = d;
  }
  return start;
}

/**
 * Weight at initiation of a course: the latest weight on or before its first dose, else the nearest within
 * 30 days after it (never after `asOf`).
 * @param weights - weights in kg
 * @param courseStart - first dose of the course
 * @param asOf - evaluation date
 */
export function initiationWeight(weights: readonly Measurement[], courseStart: string, asOf: string): Measurement | null {
  const sorted = byTime(weights).filter((w) => onOrBefore(w.date, asOf));
  const before = sorted.filter((w) => day(w.date) <= courseStart).at(-1);
  if (before) return before;
  return sorted.find((w) => daysBetween(courseStart, w.date) <= THRESHOLDS.initiationWeightAfterDays) ?? null;
}

/**
 * The latest weight after `used` (on or before `asOf`) when it differs from it by more than 10%; else null.
 * @param weights - weights in kg
 * @param used - the weight the dose uses
 * @param asOf - evaluation date
 */
export function changedWeight(weights: readonly Measurement[], used: Measurement, asOf: string): Measurement | null {
  const later = byTime(weights).filter((w) => onOrBefore(w.date, asOf) && instant(w.date) > instant(used.date)).at(-1);
  if (!later) return null;
  return Math.abs(later.value - used.value) / used.value > THRESHOLDS.weightChangeFraction ? later : null;
}

/** "72.4 kg (2026-10-03)". */
export function describeWeight(w: Measurement): string {
  return `${w.value} kg (${day(w.date)})`;
}
