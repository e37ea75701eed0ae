import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.ts";
import { buildModel, episode, itp, platelets, weekly, weight, type ModelParts } from "./test-support.ts";

const AS_OF = "2026-11-20";
const mon = (parts: ModelParts): string[] => evaluate(buildModel(parts), AS_OF).monitoring.map((m) => m.code);

describe("monitoring (notes section 4; labels)", () => {
  it("romiplostim increase -> weekly counts", () => {
    expect(mon({ conditions: [itp("2020-01-01")], weights: [weight("2026-06-01", 70)], platelets: platelets(["2026-11-18", 40]), therapies: [episode("romiplostim", "2026-06-03", { doses: weekly("2026-06-03", 24, 140, "ug") })] })).toEqual(["platelet-count-weekly"]);
  });

  it("stable for 4 weeks -> monthly counts", () => {
    expect(mon({ conditions: [itp("2020-01-01")], weights: [weight("2026-06-01", 70)], platelets: platelets(["2026-11-18", 90]), therapies: [episode("romiplostim", "2026-06-03", { doses: weekly("2026-06-03", 24, 140, "ug") })] })).toEqual(["platelet-count-monthly"]);
  });

  it("eltrombopag paused for > 400 -> twice weekly counts, liver tests", () => {
    expect(mon({ conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-18", 450]), therapies: [episode("eltrombopag", "2026-08-01", { doses: [["2026-08-01", 50, "mg"]] })] })).toEqual(["platelet-count-twice-weekly", "liver-function"]);
  });

  it("starting options: weekly counts, liver (eltrombopag, fostamatinib), blood pressure, hepatitis B before rituximab", () => {
    expect(mon({ conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-18", 20]) })).toEqual(["platelet-count-weekly", "liver-function", "blood-pressure", "hepatitis-b-screening"]);
  });

  it.each([
    ["Alvaiz (no table encoded)", episode("eltrombopag", "2026-08-01", { doses: [["2026-08-01", 36, "mg"]], formulation: "Alvaiz 36 mg tablet" }), ["platelet-count-weekly", "liver-function"]],
    ["avatrombopag (no table encoded)", episode("avatrombopag", "2026-08-01", { doses: [["2026-08-01", 20, "mg"]] }), ["platelet-count-weekly"]],
  ] as const)("on %s: platelet counts are still monitored (weekly: the dose is adjusted by its own label)", (_n, t, expected) => {
    expect(mon({ conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-18", 90]), therapies: [t] })).toEqual(expected);
  });
});

describe("monthly counts only when the dose is stable in the keep-the-dose row (notes section 4)", () => {
  const romi = episode("romiplostim", "2026-06-03", { doses: weekly("2026-06-03", 25, 140, "ug") }); // 2 ug/kg of 70 kg for 24 weeks
  it.each([
    ["count 90, same dose 24 weeks: monthly", [["2026-11-18", 90]], ["platelet-count-monthly"]],
    ["count 250 once (continue, re-check next week): weekly", [["2026-11-04", 150], ["2026-11-18", 250]], ["platelet-count-weekly"]],
  ] as const)("romiplostim, %s", (_n, rows, expected) => {
    expect(mon({ conditions: [itp("2020-01-01")], weights: [weight("2026-06-01", 70)], platelets: platelets(...rows), therapies: [romi] })).toEqual(expected);
  });

  it("eltrombopag 75 mg for 20 days, count 40 (continue until 4 weeks at 75 mg): weekly, not monthly", () => {
    const elt = episode("eltrombopag", "2026-08-01", { doses: [["2026-08-01", 50, "mg"], ["2026-10-31", 75, "mg"]] });
    expect(mon({ conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-18", 40]), therapies: [elt] })[0]).toBe("platelet-count-weekly");
  });
});
