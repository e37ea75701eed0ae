/**
 * The trend arrow beside the latest count: the direction from the count before it. Display only,
 * with no clinical threshold (any rise is "up"); the evaluation decides what the count means.
 */
import type { PlateletValue } from "../contract/evaluation.ts";
import type { PlateletCount } from "../model/patient-model.ts";
import { parseDate } from "./chart/geometry.ts";

export interface Trend {
  readonly direction: "up" | "down" | "flat" | "unknown";
  /** The count before the latest one, when there is one. */
  readonly previous: PlateletCount | null;
}

/**
 * @param latest - the evaluation's latest count
 * @param platelets - the model's counts (any order)
 */
export function plateletTrend(latest: PlateletValue | null, platelets: readonly PlateletCount[]): Trend {
  const latestT = latest === null ? undefined : parseDate(latest.date);
  if (latest === null || latestT === undefined) {
    return { direction: "unknown", previous: null };
  }
  let previous: PlateletCount | null = null;
  let previousT = Number.NEGATIVE_INFINITY;
  for (const p of platelets) {
    const t = parseDate(p.date);
    if (t !== undefined && t < latestT && t > previousT && p.source !== latest.source) {
      previous = p;
      previousT = t;
    }
  }
  if (previous === null) {
    return { direction: "unknown", previous: null };
  }
  return { direction: DIRECTIONS[Math.sign(latest.value - previous.value) + 1] ?? "unknown", previous };
}

const DIRECTIONS: readonly Trend["direction"][] = ["down", "flat", "up"];

export const TREND_ARROWS: Record<Trend["direction"], string> = { up: "↑", down: "↓", flat: "→", unknown: "" };
export const TREND_WORDS: Record<Trend["direction"], string> = { up: "rising", down: "falling", flat: "unchanged", unknown: "" };
