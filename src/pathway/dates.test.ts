import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isIsoDate, wholeYears } from "./dates.ts";

describe("dates", () => {
  it.each([
    ["2026-11-13", "2026-11-20", 7],
    ["2026-11-20T23:59:00-05:00", "2026-11-20", 0],
    ["2026-03-01", "2026-02-28", -1],
  ])("daysBetween %s -> %s = %i", (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2025-11-20", 12, "2026-11-20"],
    ["2026-08-20", 3, "2026-11-20"],
  ])("addMonths %s + %i = %s", (a, n, b) => {
    expect(addMonths(a, n)).toBe(b);
  });

  it("addDays crosses months", () => {
    expect(addDays("2026-10-30", 3)).toBe("2026-11-02");
  });

  it.each([
    ["1972-11-20", "2026-11-20", 54],
    ["1972-11-21", "2026-11-20", 53],
    ["2027-01-01", "2026-11-20", null],
  ])("age from %s at %s = %s", (b, a, n) => {
    expect(wholeYears(b, a)).toBe(n);
  });

  it.each([
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-11-20", true],
    ["20261120", false],
  ])("isIsoDate(%s) = %s", (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });
});
