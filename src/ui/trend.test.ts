import { describe, expect, test } from "vitest";
import type { PlateletValue } from "../contract/evaluation.ts";
import { multirefractoryPlatelets } from "./test-fixtures.ts";
import { plateletTrend, type Trend } from "./trend.ts";

const counts = multirefractoryPlatelets();
const latest = (value: number, date = "2026-11-10T08:00:00Z", source = "Observation/plt-049"): PlateletValue => ({ value, unit: "10*9/L", date, source });
// The count before 2026-11-10 in the fixture:
const before = counts[48]?.value as number;

describe("plateletTrend", () => {
  test.each<[string, PlateletValue | null, Trend["direction"]]>([
    ["rising", latest(before + 1), "up"],
    ["falling", latest(before - 1), "down"],
    ["unchanged", latest(before), "flat"],
    ["no latest", null, "unknown"],
    ["no earlier count", latest(5, "2010-01-01"), "unknown"],
  ])("%s", (_n, l, direction) => {
    expect(plateletTrend(l, counts).direction).toBe(direction);
  });
  test("previous is the count just before the latest", () => {
    expect(plateletTrend(latest(1), counts).previous?.source).toBe("Observation/plt-048");
  });
});
