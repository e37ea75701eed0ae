/**
 * The chart in words, for screen readers (and anyone): how many counts, over which dates,
 * latest, lowest and highest, and the therapies in the lanes.
 */
import { PLATELET_UNIT, shortDate } from "../labels.ts";
import type { ChartPoint } from "./geometry.ts";
import type { Lane } from "./lanes.ts";

/** One or two sentences describing the counts and lanes shown. */
export function chartSummary(points: readonly ChartPoint[], lanes: readonly Lane[]): string {
  const therapies = lanes.length === 0 ? "No dated therapy." : `Therapies: ${lanes.map((l) => `${l.agent} (${l.bars.length} episode${l.bars.length === 1 ? "" : "s"})`).join(", ")}.`;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) {
    return `No platelet count in this range. ${therapies}`;
  }
  let low = first;
  let high = first;
  for (const p of points) {
    low = p.v < low.v ? p : low;
    high = p.v > high.v ? p : high;
  }
  const n = points.length;
  return `${n} platelet count${n === 1 ? "" : "s"} from ${shortDate(first.date)} to ${shortDate(last.date)}; `
    + `latest ${last.v} ${PLATELET_UNIT} on ${shortDate(last.date)}, lowest ${low.v} on ${shortDate(low.date)}, highest ${high.v} on ${shortDate(high.date)}. ${therapies}`;
}
