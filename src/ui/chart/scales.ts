/**
 * visx scales for the plot, built from the pure domains in geometry.ts. Times are UTC (the model's dates are ISO).
 */
import { scaleLinear, scaleLog, scaleUtc } from "@visx/scale";
import type { ScaleMode } from "./geometry.ts";

export type XScale = ReturnType<typeof scaleUtc<number>>;
export type YScale = ReturnType<typeof scaleLog<number>> | ReturnType<typeof scaleLinear<number>>;

/** Time scale over [t0, t1] (epoch ms) to [0, width]. */
export function makeXScale(domain: readonly [number, number], width: number): XScale {
  return scaleUtc<number>({ domain: [new Date(domain[0]), new Date(domain[1])], range: [0, width] });
}

/** Log (default) or linear count scale to [height, 0], clamped so a floored value sits on the axis. */
export function makeYScale(domain: readonly [number, number], height: number, mode: ScaleMode): YScale {
  return mode === "log"
    ? scaleLog<number>({ domain: [domain[0], domain[1]], range: [height, 0], clamp: true })
    : scaleLinear<number>({ domain: [domain[0], domain[1]], range: [height, 0], clamp: true });
}

/**
 * Number of time ticks asked of d3: about one per 90 px, at least 3, so a one-year range on a phone (about 270 px)
 * still gets quarterly ticks rather than a single "2026".
 */
export function timeTickCount(width: number): number {
  return Math.max(3, Math.floor(width / 90));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * A time tick's label, in UTC like the scale: the year on 1 January, the month on the 1st, else day and month
 * ("7 Nov"). As d3's default multi-scale format, but without weekday labels ("Sat 07"), which read as dates poorly.
 */
export function timeTickLabel(d: Date): string {
  const month = MONTHS[d.getUTCMonth()] as string;
  if (d.getUTCDate() !== 1) {
    return `${d.getUTCDate()} ${month}`;
  }
  return d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : month;
}
