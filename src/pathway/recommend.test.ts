import { describe, expect, it } from "vitest";
import { buildState } from "./build-state.ts";
import { recommend } from "./recommend.ts";
import { buildModel, condition, episode, itp, platelet, platelets, procedure, weekly, weight, type ModelParts } from "./test-support.ts";

const AS_OF = "2026-11-20";
const codes = (parts: ModelParts): string[] => recommend(buildState(buildModel(parts), AS_OF)).recommendations.map((r) => r.code);
const low = platelets(["2026-11-19", 20]);

describe("ranking (notes section 2, steps 1-9)", () => {
  it("newly diagnosed with failed prednisone: romiplostim is the only start order (label phases)", () => {
    const r = recommend(buildState(buildModel({ conditions: [itp("2026-10-01")], weights: [weight("2026-10-01", 70)], platelets: platelets(["2026-10-01", 10], ["2026-10-10", 12], ["2026-10-20", 15]), therapies: [episode("prednisone", "2026-10-02", { end: "2026-10-25" })] }), AS_OF));
    expect(r.recommendations.map((x) => x.code)).toEqual(["reevaluate-diagnosis", "discuss-goals-of-care", "start-tpo-ra", "consider-rituximab", "consider-fostamatinib"]);
    expect(r.recommendations[2]?.orders.map((o) => o.agent)).toEqual(["romiplostim"]);
  });

  it.each([
    ["11 months from diagnosis: no splenectomy", "2025-12-20", false],
    ["12 months from diagnosis: splenectomy offered", "2025-11-20", true],
  ] as const)("%s", (_n, diag, offered) => {
    expect(codes({ conditions: [itp(diag)], platelets: low }).includes("consider-splenectomy")).toBe(offered);
  });

  it("HSCT only for multirefractory chronic ITP with bleeding recorded", () => {
    const base: ModelParts = {
      conditions: [itp("2015-01-01")],
      platelets: platelets(["2016-01-01", 10], ["2016-03-01", 12], ["2017-02-01", 14], ["2026-11-17", 11]),
      procedures: [procedure("splenectomy", "2016-01-10")],
      therapies: [
        episode("rituximab", "2017-01-02", { end: "2017-01-23" }),
        episode("romiplostim", "2018-01-01", { end: "2019-01-01", stoppedForIntolerance: true }),
        episode("eltrombopag", "2019-02-01", { end: "2019-06-01", stoppedForIntolerance: true }),
      ],
    };
    expect(codes(base)).not.toContain("hsct");
    expect(codes({ ...base, conditions: [itp("2015-01-01"), condition("bleeding", "2020-01-01")] }).at(-1)).toBe("hsct");
  });

  it("a TPO-RA failure ranks combination first, consider-* next, chemotherapy and alemtuzumab last", () => {
    const r = codes({ conditions: [itp("2020-01-01")], platelets: low, therapies: [episode("romiplostim", "2025-01-01", { end: "2025-06-01", stoppedForIntolerance: true })] });
    expect(r).toEqual([
      "reevaluate-diagnosis",
      "discuss-goals-of-care",
      "switch-tpo-ra",
      "combination-immunosuppressant-tpo-ra",
      "consider-rituximab",
      "consider-fostamatinib",
      "consider-splenectomy",
      "consider-avatrombopag",
      "consider-rilzabrutinib",
      "combination-chemotherapy",
      "alemtuzumab",
    ]);
  });

  it.each<[string, boolean | null, boolean, boolean]>([
    ["colchicine for ITP -> stop", true, true, true],
    ["colchicine with no recorded indication -> stop", null, true, true],
    ["colchicine for gout -> not an ITP therapy", false, true, false],
    ["colchicine stopped -> nothing", true, false, false],
  ])("%s", (_n, reasonIsItp, ongoing, flagged) => {
    const r = codes({ conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-19", 80]), therapies: [episode("colchicine", "2026-01-01", { reasonIsItp, ongoing, end: ongoing ? null : "2026-02-01" })] });
    expect(r.includes("stop-not-recommended-therapy")).toBe(flagged);
  });

  it("safe count, no failed therapy, no secondary cause: nothing to do", () => {
    expect(codes({ conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-19", 80]) })).toEqual([]);
  });

  it("every recommendation has a title, summary, rationale and evidence", () => {
    const r = recommend(buildState(buildModel({ conditions: [itp("2020-01-01"), condition("bleeding", "2026-11-19")], platelets: low, therapies: [episode("romiplostim", "2025-01-01", { end: "2025-06-01", stoppedForIntolerance: true })] }), AS_OF));
    for (const x of r.recommendations) {
      expect([x.code, x.title.length > 0, (x.summary ?? "").length > 0, x.rationale.length > 20, x.evidence.length > 0]).toEqual([x.code, true, true, true, true]);
    }
  });

  it("on romiplostim: the dose table applies whatever the phase", () => {
    const r = codes({ conditions: [itp("2026-10-15")], weights: [weight("2026-10-15", 70)], platelets: platelets(["2026-11-18", 40]), therapies: [episode("romiplostim", "2026-10-20", { doses: weekly("2026-10-20", 5, 70, "ug") })] });
    expect(r).toEqual(["adjust-tpo-ra-dose"]);
  });
});

describe("a TPO-RA given for another recorded indication is not dosed by the ITP tables", () => {
  it.each([
    ["for ITP: the Promacta table applies", true, true],
    ["for another indication (aplastic anaemia): no ITP dose order", false, false],
  ] as const)("%s", (_n, forItp, adjusted) => {
    const t = episode("eltrombopag", "2026-08-01", { doses: [["2026-08-01", 50, "mg"]], reasonIsItp: forItp });
    expect(codes({ conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-19", 260]), therapies: [t] }).includes("adjust-tpo-ra-dose")).toBe(adjusted);
  });
});

describe("a newer count reported only as '<x' is not missed by the safety rules (notes section 2, steps 1 and 3)", () => {
  const bleed = condition("bleeding", "2026-11-18");
  it.each([
    ["bleeding, measured 45 then '<10': emergency first", [bleed], "<", 10, true],
    ["bleeding, measured 45 then '<30': emergency first (below 30)", [bleed], "<", 30, true],
    ["bleeding, measured 45 then '<50': not shown to be < 30, no emergency", [bleed], "<", 50, false],
  ] as const)("%s", (_n, extra, comparator, value, emergency) => {
    const c = codes({ conditions: [itp("2020-01-01"), ...extra], platelets: [platelet("2026-11-10", 45), platelet("2026-11-19", value, { comparator })] });
    expect(c[0] === "emergency-management").toBe(emergency);
  });

  it("chronic, measured 45 then '<10': second line indicated (count < 30)", () => {
    expect(codes({ conditions: [itp("2020-01-01")], platelets: [platelet("2026-11-10", 45), platelet("2026-11-19", 10, { comparator: "<" })] })).toContain("start-tpo-ra");
  });
});

describe("TPO-RA dose table with a newer count reported only as a bound", () => {
  const romi = episode("romiplostim", "2026-06-03", { doses: weekly("2026-06-03", 25, 290, "ug") });
  const adjust = (value: number, comparator: "<" | ">" | "<=") => {
    const r = recommend(buildState(buildModel({ conditions: [itp("2020-01-01")], weights: [weight("2026-06-01", 72.4)], platelets: [platelet("2026-11-10", 150), platelet("2026-11-19", value, { comparator })], therapies: [romi] }), AS_OF));
    return r.recommendations.find((x) => x.code === "adjust-tpo-ra-dose");
  };
  it.each([
    ["'>1000' decides the > 400 row: hold", 1000, ">", "hold"],
    ["'<10' decides the < 50 row: increase", 10, "<", "increase"],
    ["'<100' decides no row: the measured 150 is used, and the rationale says so", 100, "<", "continue"],
  ] as const)("%s", (_n, value, comparator, action) => {
    const rec = adjust(value, comparator);
    expect(rec?.orders[0]?.action).toBe(action);
  });

  it("an undecided bound is named in the rationale", () => {
    expect(adjust(100, "<")?.rationale).toMatch(/reported only as <100 .*get a measured count/);
  });
});

