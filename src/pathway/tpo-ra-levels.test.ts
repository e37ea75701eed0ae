import { describe, expect, it } from "vitest";
import { daysAtMax, mgLevels, romiplostimLevels, roundLevelHalfDown } from "./tpo-ra-levels.ts";
import { episode } from "./test-support.ts";

describe("dose levels", () => {
  it.each([
    [0.994, 1],
    [2.5, 2],
    [2.51, 3],
    [9.6, 10],
  ])("romiplostim %f ug/kg is level %i (halves go down)", (x, level) => {
    expect(roundLevelHalfDown(x)).toBe(level);
  });

  it("ug doses are divided by the initiation weight; ug/kg used as given; other units unknown", () => {
    const d = (value: number, unit: string) => ({ date: "2026-01-01", value, unit, source: "x" });
    expect(romiplostimLevels([d(290, "ug"), d(4, "ug/kg"), d(5, "mL")], 72.4).map((l) => l.level)).toEqual([4, 4, null]);
    expect(romiplostimLevels([d(290, "ug")], null).map((l) => l.level)).toEqual([null]);
  });

  it("a run at the maximum that was tapered still counts", () => {
    const t = episode("eltrombopag", "2026-01-01", { end: "2026-04-01", doses: [["2026-01-01", 50, "mg"], ["2026-01-29", 75, "mg"], ["2026-03-26", 50, "mg"]] });
    expect(daysAtMax(t, mgLevels(t.doses), 75, "2026-11-20")).toBe(56);
  });

  it("ongoing at the maximum counts to the as-of date", () => {
    const t = episode("eltrombopag", "2026-10-01", { doses: [["2026-10-01", 75, "mg"]] });
    expect(daysAtMax(t, mgLevels(t.doses), 75, "2026-10-29")).toBe(28);
  });
});
