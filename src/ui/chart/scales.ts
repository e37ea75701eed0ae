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

/** Number of time ticks that fit: about one per 90 px. */
export function timeTickCount(width: number): number {
  return Math.max(2, Math.floor(width / 90));
}
