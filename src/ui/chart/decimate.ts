/**
 * Keeping 10,000 counts smooth: find the visible slice by binary search, then keep at most
 * first/min/max/last per pixel column, so the line keeps every peak and trough it would show.
 */
import type { ChartPoint } from "./geometry.ts";

/** Point markers are drawn only below this many visible points; above it the line alone is drawn. */
export const MARKER_LIMIT = 1500;
/** Markers also need room: on average at least this many pixels per visible point, else they merge into a band. */
export const MARKER_MIN_SPACING_PX = 3;

/** Whether to draw one marker per visible count (few enough, and far enough apart on average). */
export function showMarkers(visibleCount: number, widthPx: number): boolean {
  return visibleCount < MARKER_LIMIT && visibleCount * MARKER_MIN_SPACING_PX <= widthPx;
}

/** Index of the first point with t >= time (points sorted by t). */
export function lowerBound(points: readonly ChartPoint[], time: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((points[mid] as ChartPoint).t < time) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** [start, end) indices of the points inside [t0, t1]. */
export function visibleSlice(points: readonly ChartPoint[], t0: number, t1: number): [number, number] {
  return [lowerBound(points, t0), lowerBound(points, t1 + 1)];
}

/**
 * Reduces points for drawing as one path: per pixel column keep the first, lowest, highest and last.
 * Returns the input slice unchanged when it has no more than 4 points per column.
 * @param toPx - maps a time to its x pixel
 * @param width - plot width in pixels
 */
export function decimate(points: readonly ChartPoint[], toPx: (t: number) => number, width: number): ChartPoint[] {
  const columns = Math.max(1, Math.floor(width));
  if (points.length <= columns * 4) {
    return points.slice();
  }
  const out: ChartPoint[] = [];
  let bucket: ChartPoint[] = [];
  let column = Number.NaN;
  const flush = (): void => {
    if (bucket.length === 0) {
      return;
    }
    const first = bucket[0] as ChartPoint;
    const last = bucket[bucket.length - 1] as ChartPoint;
    let min = first;
    let max = first;
    for (const p of bucket) {
      if (p.v < min.v) {
        min = p;
      }
      if (p.v > max.v) {
        max = p;
      }
    }
    const keep = [first, min, max, last].filter((p, i, all) => all.indexOf(p) === i);
    keep.sort((a, b) => a.t - b.t);
    out.push(...keep);
    bucket = [];
  };
  for (const p of points) {
    const c = Math.floor(toPx(p.t));
    if (c !== column) {
      flush();
      column = c;
    }
    bucket.push(p);
  }
  flush();
  return out;
}

/** Index of the point nearest in time to `time` (points sorted by t); -1 when there are none. */
export function nearestIndex(points: readonly ChartPoint[], time: number): number {
  if (points.length === 0) {
    return -1;
  }
  const i = lowerBound(points, time);
  if (i === 0) {
    return 0;
  }
  if (i >= points.length) {
    return points.length - 1;
  }
  const before = points[i - 1] as ChartPoint;
  const after = points[i] as ChartPoint;
  return time - before.t <= after.t - time ? i - 1 : i;
}
