import { describe, expect, it } from "vitest";
import { affectedByRescue, rescueIntervals, validCounts } from "./platelets.ts";
import { buildModel, episode, platelet, procedure } from "./test-support.ts";

describe("valid counts and rescue therapy (notes section 1)", () => {
  it("keeps measured counts on or before the as-of date, oldest first", () => {
    const m = buildModel({ platelets: [platelet("2026-11-19", 30), platelet("2026-11-21", 40), platelet("2026-11-01", 10, { comparator: "<" }), platelet("2026-10-01", 20)] });
    expect(validCounts(m, "2026-11-20").map((c) => c.value)).toEqual([20, 30]);
  });

  it.each([
    ["day of the transfusion", "2026-11-01", true],
    ["14 days after", "2026-11-15", true],
    ["15 days after", "2026-11-16", false],
  ] as const)("platelet transfusion 2026-11-01: count on %s affected = %s", (_n, date, affected) => {
    const r = rescueIntervals(buildModel({ procedures: [procedure("platelet-transfusion", "2026-11-01")] }));
    expect(affectedByRescue(platelet(date, 50), r)).toBe(affected);
  });

  it("IVIG course: from its start to 14 days after its last dose", () => {
    const r = rescueIntervals(buildModel({ therapies: [episode("immune-globulin", "2026-11-01", { end: "2026-11-02", doses: [["2026-11-01", 70, "g"], ["2026-11-02", 70, "g"]] })] }));
    expect(r.map((x) => [x.from, x.to])).toEqual([["2026-11-01", "2026-11-16"]]);
  });
});
