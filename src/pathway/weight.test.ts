import { describe, expect, it } from "vitest";
import { changedWeight, currentCourseStart, initiationWeight, newStartWeight } from "./weight.ts";
import { weight } from "./test-support.ts";

const AS_OF = "2026-11-20";
const dose = (date: string) => ({ date, value: 72, unit: "ug", source: "MedicationAdministration/x" });

describe("which weight (notes section 3; Nplate label)", () => {
  it.each([
    ["2026-05-20 (6 months) is used", "2026-05-20", 70],
    ["2026-05-19 (older) is not", "2026-05-19", null],
    ["a weight after the as-of date is not", "2026-11-21", null],
  ] as const)("new start: %s", (_n, date, kg) => {
    expect(newStartWeight([weight(date, 70)], AS_OF)?.value ?? null).toBe(kg);
  });

  it.each([
    ["gap of 28 days keeps the course", ["2026-09-01", "2026-09-29", "2026-10-06"], "2026-09-01"],
    ["gap of 29 days starts a new one", ["2026-09-01", "2026-09-30", "2026-10-07"], "2026-09-30"],
  ] as const)("course: %s", (_n, days, start) => {
    expect(currentCourseStart(days.map(dose), AS_OF)).toBe(start);
  });

  it.each([
    ["latest on or before the first dose", [weight("2026-01-01", 60), weight("2026-08-30", 70), weight("2026-09-10", 75)], 70],
    ["none before: nearest within 30 days after", [weight("2026-10-01", 75), weight("2026-09-20", 71)], 71],
    ["none before, first after is 31 days later: none", [weight("2026-10-02", 75)], null],
  ] as const)("initiation weight: %s", (_n, ws, kg) => {
    expect(initiationWeight([...ws], "2026-09-01", AS_OF)?.value ?? null).toBe(kg);
  });

  it.each([
    ["+10% exactly: no change", 77, null],
    ["+10.1%: changed", 77.1, 77.1],
    ["-10.1%: changed", 62.9, 62.9],
  ] as const)("newer weight %s", (_n, kg, changed) => {
    expect(changedWeight([weight("2026-09-01", 70), weight("2026-11-01", kg)], weight("2026-09-01", 70), AS_OF)?.value ?? null).toBe(changed);
  });
});
