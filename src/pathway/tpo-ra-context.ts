/**
 * Everything the dose tables and the failure rule need about an ongoing or past TPO-RA episode:
 * dose levels, the current run, days at the maximum dose, and (romiplostim) the weight at initiation of the course.
 */
import { ALVAIZ_MAX_MG, WINDOWS } from "../clinical/windows.ts";
import type { Measurement, TherapyEpisode } from "../model/patient-model.ts";
import { daysBetween, onOrBefore } from "./dates.ts";
import { currentRun, daysAtMax, mgLevels, romiplostimLevels, type LevelDose } from "./tpo-ra-levels.ts";
import { currentCourseStart, initiationWeight } from "./weight.ts";

export interface TpoRaContext {
  readonly agent: string;
  readonly isAlvaiz: boolean;
  readonly levels: LevelDose[];
  readonly run: { level: number; since: string } | null;
  readonly max: number;
  readonly unit: "ug/kg" | "mg";
  /** Longest run at the maximum; null when no level is known. */
  readonly daysAtMax: number | null;
  /** Days of the current run at the maximum (0 when the current level is below it); null when the level is unknown. */
  readonly daysAtMaxNow: number | null;
  /** Romiplostim: first dose of the current course and the weight at its initiation. */
  readonly courseStart: string | null;
  readonly weight: Measurement | null;
}

/** True for Alvaiz (eltrombopag choline), whose table is not encoded (notes section 3). */
export function isAlvaiz(t: TherapyEpisode): boolean {
  return t.agent === "eltrombopag" && (t.formulation ?? "").toLowerCase().includes("alvaiz");
}

/**
 * @param t - a TPO-RA episode
 * @param weights - weights in kg (overrides included)
 * @param asOf - evaluation date
 * @returns the context, or null when the agent is not a TPO-RA with a maximum dose
 */
export function tpoRaContext(t: TherapyEpisode, weights: readonly Measurement[], asOf: string): TpoRaContext | null {
  const w = WINDOWS[t.agent];
  if (w?.kind !== "tpoRaMax") return null;
  const doses = t.doses.filter((d) => onOrBefore(d.date, asOf));
  const alvaiz = isAlvaiz(t);
  const max = alvaiz ? ALVAIZ_MAX_MG : w.maxDose;
  let courseStart: string | null = null;
  let weight: Measurement | null = null;
  let levels: LevelDose[];
  if (t.agent === "romiplostim") {
    courseStart = currentCourseStart(doses, asOf);
    weight = courseStart === null ? null : initiationWeight(weights, courseStart, asOf);
    if (weight === null && courseStart !== null) weight = weights.find((x) => x.source === "override:weight") ?? null;
    levels = romiplostimLevels(doses, weight?.value ?? null);
  } else {
    levels = mgLevels(doses);
  }
  const run = currentRun(levels);
  const daysAtMaxNow = run === null ? null : run.level >= max ? daysBetween(run.since, asOf) : 0;
  return { agent: t.agent, isAlvaiz: alvaiz, levels, run, max, unit: w.unit, daysAtMax: daysAtMax(t, levels, max, asOf), daysAtMaxNow, courseStart, weight };
}
