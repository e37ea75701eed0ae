/**
 * Pure geometry of the platelet trend chart: branded units, log/linear y domain and ticks,
 * the reference lines and the time window. No React, no DOM, no clock (`asOf` is a parameter).
 * Thresholds come from `shared/clinical/refractory-itp.md` sections 1 and 3.
 */
import { ROMIPLOSTIM } from "../../clinical/dosing.ts";
import { THRESHOLDS as CLINICAL } from "../../clinical/thresholds.ts";
import { DAY_MS } from "../../model/dates.ts";
import type { PlateletCount } from "../../model/patient-model.ts";

/** A platelet count in 10*9/L; only {@link toChartPoints} makes one, from a model value already in that unit. */
export type PlateletsPerL = number & { readonly __unit: "10*9/L" };
/** Milliseconds since the epoch (UTC). */
export type EpochMs = number & { readonly __unit: "ms" };

export type ScaleMode = "log" | "linear";
export type RangePreset = "3m" | "1y" | "5y" | "all";
export const RANGE_PRESETS: readonly { readonly id: RangePreset; readonly label: string }[] = [
  { id: "3m", label: "3 months" },
  { id: "1y", label: "1 year" },
  { id: "5y", label: "5 years" },
  { id: "all", label: "All" },
];

/** The lowest value drawn on the log scale: zero, negative and "<x" values below it sit on the floor. */
export const LOG_FLOOR = 1 as PlateletsPerL;
/** Y ticks, 10*9/L (1-2-5 steps plus the 30 and 400 thresholds). */
export const Y_TICKS: readonly number[] = [1, 2, 5, 10, 20, 30, 50, 100, 200, 400, 1000];

export interface Threshold {
  readonly value: number;
  readonly label: string;
  /** SVG stroke-dasharray: each line differs by pattern as well as colour. */
  readonly dash: string;
  readonly colorVar: string;
}
/** Reference lines: refractory-itp.md section 1 (IWG 2009 response 30, complete response 100) and section 3 (TPO-RA target 50, hold above 400). */
export const THRESHOLDS: readonly Threshold[] = [
  { value: CLINICAL.response, label: `${CLINICAL.response} response (IWG)`, dash: "2 3", colorVar: "var(--thr-30)" },
  { value: CLINICAL.target, label: `${CLINICAL.target} TPO-RA target`, dash: "8 4", colorVar: "var(--thr-50)" },
  { value: CLINICAL.completeResponse, label: `${CLINICAL.completeResponse} complete response`, dash: "12 3 2 3", colorVar: "var(--thr-100)" },
  { value: ROMIPLOSTIM.holdAbove, label: `${ROMIPLOSTIM.holdAbove} hold TPO-RA`, dash: "1 5", colorVar: "var(--thr-400)" },
];

/** One plotted count. */
export interface ChartPoint {
  readonly t: EpochMs;
  /** The value drawn (the model value, floored at {@link LOG_FLOOR} on the log scale by {@link yValue}). */
  readonly v: PlateletsPerL;
  readonly comparator: PlateletCount["comparator"];
  readonly date: string;
  readonly ref: string;
  readonly preliminary: boolean;
  /** The source's status (final, amended, corrected, preliminary...). */
  readonly status: string;
  readonly originalValue: number | string;
  readonly originalUnit: string | null;
}

/** Parses an ISO date or dateTime to epoch ms; undefined when it cannot be read. */
export function parseDate(iso: string): EpochMs | undefined {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(ms) ? undefined : (ms as EpochMs);
}

/**
 * Model counts to chart points, sorted by time. Only values whose unit is 10*9/L become points.
 * @param platelets - the model's counts (already converted by the normaliser)
 * @returns the points, and the refs that could not be placed (undated)
 */
export function toChartPoints(platelets: readonly PlateletCount[]): { points: ChartPoint[]; unplaced: string[] } {
  const points: ChartPoint[] = [];
  const unplaced: string[] = [];
  for (const p of platelets) {
    const t = parseDate(p.date);
    if (t === undefined || p.unit !== "10*9/L") {
      unplaced.push(p.source);
      continue;
    }
    points.push({
      t, v: p.value as PlateletsPerL, comparator: p.comparator, date: p.date, ref: p.source,
      preliminary: p.preliminary, status: p.status, originalValue: p.originalValue, originalUnit: p.originalUnit,
    });
  }
  points.sort((a, b) => a.t - b.t);
  return { points, unplaced };
}

/** The y to draw: on the log scale, values below the floor (0, negative, "<1") sit on the floor. */
export function yValue(v: PlateletsPerL, mode: ScaleMode): number {
  return mode === "log" ? Math.max(v, LOG_FLOOR) : Math.max(v, 0);
}

/**
 * Y domain: from the floor (log) or 0 (linear) up to the first tick at or above the largest value,
 * never below 100 so the 30/50/100 lines are always in view.
 * @example yDomain([250], "log") -> [1, 400]
 */
export function yDomain(values: readonly number[], mode: ScaleMode): [number, number] {
  const max = values.reduce((m, v) => (v > m ? v : m), 100);
  const top = Y_TICKS.find((t) => t >= max) ?? Math.ceil(max / 1000) * 1000;
  return [mode === "log" ? LOG_FLOOR : 0, top];
}

/** Ticks inside the domain; on the linear scale, the same values (they are the clinically read ones). */
export function yTicks(domain: readonly [number, number]): number[] {
  return Y_TICKS.filter((t) => t >= domain[0] && t <= domain[1]);
}

/** Threshold lines that fall inside the y domain. */
export function visibleThresholds(domain: readonly [number, number]): Threshold[] {
  return THRESHOLDS.filter((t) => t.value >= domain[0] && t.value <= domain[1]);
}

/** Subtracts whole calendar months (UTC), clamping the day (31 March - 1 month = 28/29 February). */
export function minusMonths(ms: number, months: number): EpochMs {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime() as EpochMs;
}

/**
 * The time window of a preset, ending at the end of the as-of day.
 * "all" starts at the earliest dated item (count, therapy, event) or one year back when there is none.
 * @param earliest - the earliest time among the data, or undefined
 */
export function timeDomain(preset: RangePreset, asOf: string, earliest: number | undefined): [EpochMs, EpochMs] {
  const start = parseDate(asOf.slice(0, 10));
  if (start === undefined) {
    throw new Error(`timeDomain: unreadable asOf "${asOf}"`);
  }
  const end = (start + DAY_MS) as EpochMs;
  switch (preset) {
    case "3m":
      return [minusMonths(start, 3), end];
    case "1y":
      return [minusMonths(start, 12), end];
    case "5y":
      return [minusMonths(start, 60), end];
    case "all":
      return [(earliest !== undefined && earliest < end ? earliest - DAY_MS : minusMonths(start, 12)) as EpochMs, end];
  }
}

/**
 * The range the chart opens on: "1y" when the counts span more than a year (and the last year holds at least one),
 * so recent changes are not squeezed into the right edge of a long history; "all" otherwise. When the therapy
 * spans are given, "1y" also needs a therapy in the last year: a patient whose treatment history is all older (the
 * multirefractory story) opens on "all", so the failed lines stay in view.
 * @param times - the counts' times, any order
 * @param asOf - YYYY-MM-DD, the right edge
 * @param therapySpans - non-rescue therapy episodes as [start, end] in ms (end null while ongoing); omitted: not considered
 */
export function defaultPreset(times: readonly number[], asOf: string, therapySpans?: readonly (readonly [number | null, number | null])[]): RangePreset {
  if (times.length === 0) {
    return "all";
  }
  const first = times.reduce((m, t) => (t < m ? t : m), Infinity);
  const last = times.reduce((m, t) => (t > m ? t : m), -Infinity);
  const [yearStart] = timeDomain("1y", asOf, undefined);
  if (!(first < yearStart && last >= yearStart)) {
    return "all";
  }
  const recentTherapy = therapySpans === undefined || therapySpans.some(([, end]) => end === null || end >= yearStart);
  return recentTherapy ? "1y" : "all";
}

/**
 * The range that shows a selected time: the current one when it already does, else the narrowest preset, from
 * the current one outwards, that does, else "all".
 */
export function presetShowing(t: number, current: RangePreset, asOf: string, earliest: number | undefined): RangePreset {
  const order = RANGE_PRESETS.map((r) => r.id);
  for (const p of order.slice(order.indexOf(current))) {
    const [a, b] = timeDomain(p, asOf, earliest);
    if (t >= a && t <= b) {
      return p;
    }
  }
  return "all";
}

/** Whole days from `iso` to the as-of date (positive when before it); undefined when unreadable. */
export function daysBefore(iso: string, asOf: string): number | undefined {
  const a = parseDate(asOf.slice(0, 10));
  const d = parseDate(iso.slice(0, 10));
  return a === undefined || d === undefined ? undefined : Math.round((a - d) / DAY_MS);
}

/** Narrowest zoom window: one week. */
export const MIN_WINDOW_MS = 7 * DAY_MS;

/**
 * Zooms a time window around a centre by a factor (0.5 = zoom in, 2 = zoom out), kept inside the bounds
 * and no narrower than a week. Returns null when the result covers the whole bounds (no zoom).
 * @example zoomWindow([0, 100], 50, 0.5, [0, 100]) -> [25, 75]
 */
export function zoomWindow(
  window: readonly [number, number], centre: number, factor: number, bounds: readonly [number, number],
): [number, number] | null {
  const span = Math.max(MIN_WINDOW_MS, (window[1] - window[0]) * factor);
  if (span >= bounds[1] - bounds[0]) {
    return null;
  }
  const ratio = window[1] === window[0] ? 0.5 : (centre - window[0]) / (window[1] - window[0]);
  let start = centre - span * ratio;
  start = Math.min(Math.max(start, bounds[0]), bounds[1] - span);
  return [start, start + span];
}
