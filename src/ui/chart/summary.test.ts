import { describe, expect, test } from "vitest";
import { toChartPoints } from "./geometry.ts";
import { treatmentLanes } from "./lanes.ts";
import { chartSummary } from "./summary.ts";
import { AS_OF, MULTIREFRACTORY_THERAPIES, multirefractoryPlatelets } from "../test-fixtures.ts";

describe("chartSummary", () => {
  const { points } = toChartPoints(multirefractoryPlatelets());
  const { lanes } = treatmentLanes(MULTIREFRACTORY_THERAPIES, AS_OF);
  test.each<[string, number, RegExp]>([
    ["all counts and lanes", points.length, /^50 platelet counts from 2017-01-10 to 2026-11-10; latest 8 ×10⁹\/L on 2026-11-10.*Therapies: prednisone \(1 episode\)/],
    ["one count", 1, /^1 platelet count from 2017-01-10 to 2017-01-10/],
    ["no count", 0, /^No platelet count in this range\./],
  ])("%s", (_n, count, expected) => {
    expect(chartSummary(points.slice(0, count), lanes)).toMatch(expected);
  });
  test("without lanes", () => {
    expect(chartSummary([], [])).toBe("No platelet count in this range. No dated therapy.");
  });
});
