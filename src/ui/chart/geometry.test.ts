import { describe, expect, test } from "vitest";
import type { PlateletCount } from "../../model/patient-model.ts";
import {
  daysBefore, defaultPreset, MIN_WINDOW_MS, presetShowing, minusMonths, zoomWindow, parseDate, timeDomain, toChartPoints, visibleThresholds, yDomain, yTicks, yValue,
  type PlateletsPerL, type RangePreset, type ScaleMode,
} from "./geometry.ts";

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe("yDomain (refractory-itp.md s1/s3: 30, 50, 100 always in view)", () => {
  test.each<[string, number[], ScaleMode, [number, number]]>([
    ["no values: floor to 100", [], "log", [1, 100]],
    ["all low: still up to 100", [3, 8, 12], "log", [1, 100]],
    ["max 100 exactly", [100], "log", [1, 100]],
    ["max 101 -> next tick 200", [101], "log", [1, 200]],
    ["max 250 -> 400", [250], "log", [1, 400]],
    ["max 401 -> 1000", [401], "log", [1, 1000]],
    ["max 1500 -> 2000 beyond the ticks", [1500], "log", [1, 2000]],
    ["linear starts at 0", [250], "linear", [0, 400]],
  ])("%s", (_name, values, mode, expected) => {
    expect(yDomain(values, mode)).toEqual(expected);
  });
});

describe("yValue: log floor at 1 for 0, negative and '<1' values", () => {
  test.each<[number, ScaleMode, number]>([
    [0, "log", 1], [-3, "log", 1], [0.5, "log", 1], [1, "log", 1], [29, "log", 29], [0, "linear", 0], [-3, "linear", 0], [0.5, "linear", 0.5],
  ])("%d on %s -> %d", (v, mode, expected) => {
    expect(yValue(v as PlateletsPerL, mode)).toBe(expected);
  });
});

describe("yTicks and thresholds", () => {
  test.each<[[number, number], number[], number[]]>([
    [[1, 100], [1, 2, 5, 10, 20, 30, 50, 100], [30, 50, 100]],
    [[1, 400], [1, 2, 5, 10, 20, 30, 50, 100, 200, 400], [30, 50, 100, 400]],
    [[0, 1000], [1, 2, 5, 10, 20, 30, 50, 100, 200, 400, 1000], [30, 50, 100, 400]],
  ])("domain %j", (domain, ticks, thresholds) => {
    expect(yTicks(domain)).toEqual(ticks);
    expect(visibleThresholds(domain).map((t) => t.value)).toEqual(thresholds);
  });
  test("every threshold has a distinct dash pattern", () => {
    const dashes = visibleThresholds([0, 1000]).map((t) => t.dash);
    expect(new Set(dashes).size).toBe(dashes.length);
  });
});

describe("timeDomain relative to asOf 2026-11-20 (end of that day)", () => {
  const earliest = parseDate("2017-01-10") as number;
  test.each<[RangePreset, number | undefined, string, string]>([
    ["3m", earliest, "2026-08-20", "2026-11-21"],
    ["1y", earliest, "2025-11-20", "2026-11-21"],
    ["5y", earliest, "2021-11-20", "2026-11-21"],
    ["all", earliest, "2017-01-09", "2026-11-21"],
    ["all", undefined, "2025-11-20", "2026-11-21"],
  ])("%s (earliest %s)", (preset, first, start, end) => {
    const [a, b] = timeDomain(preset, "2026-11-20", first);
    expect([iso(a), iso(b)]).toEqual([start, end]);
  });
  test("unreadable asOf throws", () => {
    expect(() => timeDomain("1y", "not-a-date", undefined)).toThrow(/asOf/);
  });
});

describe("minusMonths clamps the day", () => {
  test.each<[string, number, string]>([
    ["2026-05-31", 3, "2026-02-28"], ["2024-05-31", 3, "2024-02-29"], ["2026-01-15", 1, "2025-12-15"],
  ])("%s - %d months = %s", (from, months, expected) => {
    expect(iso(minusMonths(parseDate(from) as number, months))).toBe(expected);
  });
});

describe("toChartPoints", () => {
  const p = (source: string, date: string, value: number): PlateletCount => ({
    value, unit: "10*9/L", originalValue: value, originalUnit: "K/uL", comparator: null, date, status: "final", preliminary: false, loinc: null, source,
  });
  test("sorts by time and sets undated counts apart", () => {
    const { points, unplaced } = toChartPoints([p("O/b", "2026-02-01", 20), p("O/x", "garbage", 5), p("O/a", "2026-01-01T10:00:00Z", 10)]);
    expect(points.map((q) => q.ref)).toEqual(["O/a", "O/b"]);
    expect(unplaced).toEqual(["O/x"]);
  });
});

describe("daysBefore", () => {
  test.each<[string, number | undefined]>([["2026-11-20", 0], ["2026-11-10T08:00:00Z", 10], ["2026-10-21", 30], ["x", undefined]])("%s", (d, n) => {
    expect(daysBefore(d, "2026-11-20")).toBe(n);
  });
});

describe("zoomWindow (keyboard zoom around the cursor)", () => {
  const W = 100 * MIN_WINDOW_MS;
  test.each<[string, [number, number], number, number, [number, number] | null]>([
    ["zoom in around the centre", [0, W], W / 2, 0.5, [W / 4, (3 * W) / 4]],
    ["zoom in keeps the cursor's relative place", [0, W], W / 4, 0.5, [W / 8, W / 8 + W / 2]],
    ["zoom out beyond the bounds -> no zoom", [W / 4, (3 * W) / 4], W / 2, 2, null],
    ["zoom out clamped inside the bounds", [0, W / 4], 0, 2, [0, W / 2]],
    ["never narrower than a week", [0, MIN_WINDOW_MS], 0, 0.5, [0, MIN_WINDOW_MS]],
  ])("%s", (_n, window, centre, factor, expected) => {
    expect(zoomWindow(window, centre, factor, [0, W])).toEqual(expected);
  });
});

describe("defaultPreset and presetShowing (as of 2026-11-20; 1 year back is 2025-11-20)", () => {
  const t = (d: string): number => parseDate(d) as number;
  test.each<[string, string[], RangePreset]>([
    ["no counts", [], "all"],
    ["all within the year", ["2026-01-05", "2026-11-10"], "all"],
    ["first exactly a year back", ["2025-11-20", "2026-11-10"], "all"],
    ["first a day more than a year back", ["2025-11-19", "2026-11-10"], "1y"],
    ["ten years, unsorted", ["2026-11-10", "2017-01-10", "2021-03-01"], "1y"],
    ["long history, none in the last year", ["2017-01-10", "2025-11-01"], "all"],
  ])("%s -> %s", (_name, dates, expected) => {
    expect(defaultPreset(dates.map(t), "2026-11-20")).toBe(expected);
  });
  test.each<[string, [string, string | null][], RangePreset]>([
    ["a therapy ongoing", [["2017-05-06", null]], "1y"],
    ["a therapy that ended inside the last year", [["2019-03-01", "2026-02-01"]], "1y"],
    ["every therapy ended before the last year (multirefractory story)", [["2019-09-02", "2019-09-28"], ["2022-02-06", "2022-05-15"]], "all"],
    ["no therapy at all", [], "all"],
  ])("ten years of counts, %s -> %s", (_name, spans, expected) => {
    const ms = spans.map(([a, b]): [number, number | null] => [t(a), b === null ? null : t(b)]);
    expect(defaultPreset([t("2017-01-10"), t("2026-11-10")], "2026-11-20", ms)).toBe(expected);
  });
  test.each<[string, RangePreset, RangePreset]>([
    ["2026-10-01", "3m", "3m"],
    ["2026-01-01", "3m", "1y"],
    ["2023-02-01", "1y", "5y"],
    ["2017-02-01", "1y", "all"],
    ["2026-10-01", "5y", "5y"],
    ["2017-02-01", "all", "all"],
  ])("a point on %s seen from %s -> %s", (date, current, expected) => {
    expect(presetShowing(t(date), current, "2026-11-20", t("2017-01-10"))).toBe(expected);
  });
});
