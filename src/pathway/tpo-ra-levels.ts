/**
 * Dose levels of a TPO-RA episode over time: romiplostim in whole ug/kg, eltrombopag and avatrombopag in mg.
 * Used for "time on the current dose" (eltrombopag 2-week rule) and "4 weeks at the maximum dose" (labels).
 */
import type { DoseRecord, TherapyEpisode } from "../model/patient-model.ts";
import { day, daysBetween } from "./dates.ts";

export interface LevelDose {
  readonly date: string;
  /** ug/kg for romiplostim, mg for the oral agents; null when it cannot be worked out. */
  readonly level: number | null;
  /** For romiplostim given in ug: the unrounded ug/kg. */
  readonly exact: number | null;
  readonly dose: DoseRecord;
}

/**
 * Round a ug/kg ratio to a whole level, halves going down (2.5 -> 2): when the recorded dose sits between two
 * levels, the next step is computed from the lower one (docs/decisions/0010-pathway-open-questions.md).
 */
export function roundLevelHalfDown(x: number): number {
  return Math.ceil(x - 0.5);
}

/**
 * Romiplostim levels. A dose in ug is divided by `weightKg` (weight at initiation of the current course);
 * a dose already in ug/kg is used as given; mg is converted to ug; anything else is unknown.
 * @param doses - dose history
 * @param weightKg - weight at initiation, or null
 */
export function romiplostimLevels(doses: readonly DoseRecord[], weightKg: number | null): LevelDose[] {
  return sorted(doses).map((d) => {
    const unit = d.unit.toLowerCase();
    const ug = unit === "ug" || unit === "mcg" ? d.value : unit === "mg" ? d.value * 1000 : null;
    if (unit === "ug/kg" || unit === "mcg/kg") return { date: day(d.date), level: d.value, exact: d.value, dose: d };
    if (ug === null || weightKg === null) return { date: day(d.date), level: null, exact: null, dose: d };
    const exact = ug / weightKg;
    return { date: day(d.date), level: roundLevelHalfDown(exact), exact, dose: d };
  });
}

/** Oral TPO-RA levels in mg (a dose in another unit is unknown). */
export function mgLevels(doses: readonly DoseRecord[]): LevelDose[] {
  return sorted(doses).map((d) => ({ date: day(d.date), level: d.unit.toLowerCase() === "mg" ? d.value : null, exact: null, dose: d }));
}

function sorted(doses: readonly DoseRecord[]): DoseRecord[] {
  return [...doses].sort((a, b) => (day(a.date) < day(b.date) ? -1 : day(a.date) > day(b.date) ? 1 : 0));
}

/**
 * The trailing run of doses at the latest level: its level and the day it started.
 * @param levels - levels in time order, on or before the as-of date
 * @returns null without doses or when the latest level is unknown
 */
export function currentRun(levels: readonly LevelDose[]): { level: number; since: string } | null {
  const last = levels.at(-1);
  if (!last || last.level === null) return null;
  let since = last.date;
  for (let i = levels.length - 2; i >= 0; i--) {
    const l = levels[i];
    if (!l || l.level !== last.level) break;
    since = l.date;
  }
  return { level: last.level, since };
}

/**
 * Days at the maximum dose: the longest run of consecutive doses at `max`, from its first dose to the next dose below
 * it, or to `asOf` (ongoing) or the episode's end when the run is the last. A run tapered down after 8 weeks at the
 * maximum still counts its 8 weeks. 0 without a dose at the maximum; null when no dose level is known at all.
 * @param episode - the therapy episode
 * @param levels - its levels
 * @param max - maximum level
 * @param asOf - evaluation date
 */
export function daysAtMax(episode: TherapyEpisode, levels: readonly LevelDose[], max: number, asOf: string): number | null {
  if (levels.length === 0 || levels.every((l) => l.level === null)) return null;
  const end = episode.ongoing || episode.end === null ? asOf : day(episode.end) < day(asOf) ? day(episode.end) : asOf;
  let best = 0;
  let runStart: string | null = null;
  for (const l of levels) {
    if (l.level !== null && l.level >= max) {
      runStart ??= l.date;
    } else if (runStart !== null) {
      best = Math.max(best, daysBetween(runStart, l.date));
      runStart = null;
    }
  }
  if (runStart !== null) best = Math.max(best, daysBetween(runStart, end));
  return best;
}
