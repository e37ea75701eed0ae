import { describe, expect, test } from "vitest";
import { toChartPoints } from "./geometry.ts";
import { decimate, lowerBound, nearestIndex, showMarkers, visibleSlice } from "./decimate.ts";
import { manyPlatelets } from "../test-fixtures.ts";

const { points } = toChartPoints(manyPlatelets(10_000));
const t0 = (points[0] as { t: number }).t;
const span = (points[points.length - 1] as { t: number }).t - t0;

describe("decimate 10,000 points", () => {
  test.each<[number]>([[300], [800], [1600]])("width %d: at most 4 per column, extremes kept", (width) => {
    const toPx = (t: number): number => ((t - t0) / span) * (width - 1);
    const out = decimate(points, toPx, width);
    expect(out.length).toBeLessThanOrEqual(width * 4);
    expect(Math.max(...out.map((p) => p.v))).toBe(Math.max(...points.map((p) => p.v)));
    expect(Math.min(...out.map((p) => p.v))).toBe(Math.min(...points.map((p) => p.v)));
    expect(out.every((p, i) => i === 0 || (out[i - 1] as { t: number }).t <= p.t)).toBe(true);
  });
  test("few points are returned unchanged", () => {
    const few = points.slice(0, 50);
    expect(decimate(few, (t) => t, 100)).toEqual(few);
  });
});

describe("binary search over sorted points", () => {
  test.each<[string, number, number]>([
    ["before all", t0 - 1, 0], ["at first", t0, 0], ["just after first", t0 + 1, 1], ["after all", t0 + span + 1, 10_000],
  ])("lowerBound %s", (_n, time, expected) => {
    expect(lowerBound(points, time)).toBe(expected);
  });
  test("visibleSlice includes both ends", () => {
    const a = (points[10] as { t: number }).t;
    const b = (points[20] as { t: number }).t;
    expect(visibleSlice(points, a, b)).toEqual([10, 21]);
  });
  test.each<[string, number, number]>([
    ["empty", 0, -1],
  ])("nearestIndex %s", (_n, time, expected) => {
    expect(nearestIndex([], time)).toBe(expected);
  });
  test("nearestIndex picks the closer neighbour", () => {
    const a = (points[5] as { t: number }).t;
    const b = (points[6] as { t: number }).t;
    expect(nearestIndex(points, a + (b - a) * 0.4)).toBe(5);
    expect(nearestIndex(points, a + (b - a) * 0.6)).toBe(6);
    expect(nearestIndex(points, t0 - 1e9)).toBe(0);
    expect(nearestIndex(points, t0 + span + 1e9)).toBe(9_999);
  });
});

describe("showMarkers: below 1,500 visible points and at least 3 px apart on average", () => {
  test.each<[number, number, boolean]>([
    [50, 640, true], [213, 640, true], [214, 640, false], [1499, 5000, true], [1500, 5000, false], [0, 10, true],
  ])("%d points over %d px -> %s", (count, width, expected) => {
    expect(showMarkers(count, width)).toBe(expected);
  });
});
