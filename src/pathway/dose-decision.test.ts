import { describe, expect, it } from "vitest";
import { describeCount, previousWeekly, shownCount } from "./dose-decision.ts";
import { platelet, platelets } from "./test-support.ts";

describe("count freshness for a dose change (notes section 4)", () => {
  it.each([
    ["14 days old: no note", "2026-11-06", false],
    ["15 days old: named", "2026-11-05", true],
  ] as const)("%s", (_n, date, noted) => {
    expect(/days old/.test(describeCount(platelet(date, 40), "2026-11-20"))).toBe(noted);
  });
});

describe("previous weekly count (romiplostim '2 consecutive weeks')", () => {
  it.each([
    ["4 days before: not a weekly count", "2026-11-14", null],
    ["5 days before", "2026-11-13", 250],
    ["10 days before", "2026-11-08", 250],
    ["11 days before: too old", "2026-11-07", null],
  ] as const)("%s", (_n, date, value) => {
    expect(previousWeekly(platelets([date, 250], ["2026-11-18", 230]), 5, 10)?.value ?? null).toBe(value);
  });
});

describe("platelet counts as shown (display only; rules compare the recorded value)", () => {
  it.each([
    [395.7318566, 395.7],
    [49.96, 50],
    [45, 45],
    [0.04, 0],
  ])("%s -> %s", (raw, shown) => {
    expect(shownCount(raw)).toBe(shown);
  });
});

