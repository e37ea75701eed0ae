import { describe, expect, test } from "vitest";
import { makeXScale, timeTickCount, timeTickLabel } from "./scales.ts";

describe("timeTickLabel", () => {
  test.each([
    ["2026-01-01T00:00:00Z", "2026"],
    ["2026-03-01T00:00:00Z", "Mar"],
    ["2026-11-07T00:00:00Z", "7 Nov"],
    ["2026-11-15T12:00:00Z", "15 Nov"],
  ])("%s -> %s", (iso, label) => {
    expect(timeTickLabel(new Date(iso))).toBe(label);
  });
});

describe("timeTickCount: a one-year range (the default for long histories) keeps several ticks at 360 px", () => {
  const year: [number, number] = [Date.UTC(2025, 10, 20), Date.UTC(2026, 10, 21)];
  test.each<[number, number]>([[240, 3], [270, 3], [660, 4]])("%i px: at least %i labelled ticks", (width, min) => {
    const ticks = makeXScale(year, width).ticks(timeTickCount(width)).map(timeTickLabel);
    expect(ticks.length).toBeGreaterThanOrEqual(min);
    expect(ticks.length * 40).toBeLessThanOrEqual(width);
  });
});
