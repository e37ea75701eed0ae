import { describe, expect, it } from "vitest";
import { EvaluationSchema } from "../contract/evaluation.ts";
import { evaluate } from "./evaluate.ts";
import { buildModel, condition, episode, itp, multirefractoryParts, platelets, weekly, weight } from "./test-support.ts";

const AS_OF = "2026-11-20";

function codes(e: ReturnType<typeof evaluate>): string[] {
  return e.recommendations.map((r) => r.code);
}

describe("evaluate: whole evaluations validate against the contract", () => {
  const chronicNoTpo = buildModel({
    conditions: [itp("2020-01-01")],
    platelets: platelets(["2026-10-01", 22], ["2026-11-15", 18]),
    weights: [weight("2026-10-03", 72.4)],
    therapies: [episode("prednisone", "2020-01-05", { end: "2020-02-01" })],
  });

  it("chronic ITP, no TPO-RA, count 18: second line indicated, TPO-RA first", () => {
    const e = evaluate(chronicNoTpo, AS_OF);
    expect(EvaluationSchema.safeParse(e).success).toBe(true);
    expect(e.assessment).toMatchObject({ diagnosis: "primary-itp", phase: "chronic", refractoryStatus: "not-refractory", activeBleeding: false });
    expect(codes(e)).toEqual(["reevaluate-diagnosis", "discuss-goals-of-care", "start-tpo-ra", "consider-rituximab", "consider-fostamatinib", "consider-splenectomy", "consider-avatrombopag", "consider-rilzabrutinib"]);
    const start = e.recommendations[2];
    expect(start?.orders.map((o) => [o.agent, o.dose?.value])).toEqual([["romiplostim", 72], ["eltrombopag", 50]]);
    expect(e.warnings.map((w) => w.code)).toEqual(["critical-platelet-count", "missing-height"]);
    expect(e.monitoring.map((m) => m.code)).toEqual(["platelet-count-weekly", "liver-function", "blood-pressure", "hepatitis-b-screening"]);
  });

  it("is pure: the same input gives the same output", () => {
    expect(JSON.stringify(evaluate(chronicNoTpo, AS_OF))).toBe(JSON.stringify(evaluate(chronicNoTpo, AS_OF)));
  });

  it("multirefractory: prognosis, combination first, HSCT last when bleeding is recorded", () => {
    const m = buildModel(multirefractoryParts());
    const e = evaluate(m, AS_OF);
    expect(EvaluationSchema.safeParse(e).success).toBe(true);
    expect(e.assessment.refractoryStatus).toBe("multirefractory");
    expect(e.assessment.prognosis).toMatch(/40%/);
    expect(codes(e)).toEqual([
      "reevaluate-diagnosis",
      "discuss-goals-of-care",
      "switch-tpo-ra",
      "combination-immunosuppressant-tpo-ra",
      "consider-fostamatinib",
      "consider-avatrombopag",
      "consider-rilzabrutinib",
      "combination-chemotherapy",
      "alemtuzumab",
      "hsct",
    ]);
    expect(e.recommendations.find((r) => r.code === "combination-chemotherapy")?.benefitHarm?.response).toBe("68% (42% complete)");
  });

  it("active bleeding with a count < 30 puts emergency management first", () => {
    const m = buildModel({ conditions: [itp("2020-01-01"), condition("bleeding", "2026-11-18")], platelets: platelets(["2026-11-19", 8]) });
    const e = evaluate(m, AS_OF);
    expect(codes(e)[0]).toBe("emergency-management");
    expect(e.assessment.activeBleeding).toBe(true);
    expect(e.warnings.map((w) => w.code)).toContain("critical-platelet-count");
  });

  it("not ITP: pathway does not apply, no recommendations", () => {
    const e = evaluate(buildModel({ conditions: [condition("thrombocytopenia-not-itp", "2026-10-01")], platelets: platelets(["2026-11-19", 40]) }), AS_OF);
    expect(EvaluationSchema.safeParse(e).success).toBe(true);
    expect([e.assessment.pathwayApplies, e.recommendations, e.monitoring]).toEqual([false, [], []]);
  });

  it("romiplostim responder: dose table only, no escalation", () => {
    const m = buildModel({
      conditions: [itp("2020-01-01")],
      weights: [weight("2026-05-01", 80)],
      platelets: platelets(["2026-05-30", 15], ["2026-10-01", 120], ["2026-10-20", 130], ["2026-11-18", 110]),
      therapies: [episode("romiplostim", "2026-06-01", { doses: weekly("2026-06-01", 25, 240, "ug") })],
    });
    const e = evaluate(m, AS_OF);
    expect(codes(e)).toEqual(["adjust-tpo-ra-dose"]);
    expect(e.recommendations[0]?.orders[0]).toMatchObject({ agent: "romiplostim", action: "continue", dose: { value: 240, unit: "ug" }, dosePerKg: { value: 3, unit: "ug/kg" } });
    expect(e.assessment.therapies[0]).toMatchObject({ response: "complete-response", failed: false, currentDose: { value: 3, unit: "ug/kg" } });
    expect(e.monitoring.map((m) => m.code)).toEqual(["platelet-count-monthly"]);
  });

  it("romiplostim failure after 4 weeks at 10 ug/kg: taper, switch, refractory", () => {
    const doses = [...weekly("2026-06-01", 10, 500, "ug"), ...weekly("2026-09-01", 12, 800, "ug")];
    const m = buildModel({
      conditions: [itp("2020-01-01")],
      weights: [weight("2026-05-01", 80)],
      platelets: platelets(["2026-05-30", 15], ["2026-10-01", 18], ["2026-11-10", 20], ["2026-11-17", 22]),
      therapies: [episode("romiplostim", "2026-06-01", { doses })],
    });
    const e = evaluate(m, AS_OF);
    expect(e.assessment.refractoryStatus).toBe("refractory");
    expect(codes(e).slice(0, 4)).toEqual(["reevaluate-diagnosis", "discuss-goals-of-care", "discontinue-tpo-ra", "switch-tpo-ra"]);
    expect(e.warnings.map((w) => w.code)).toContain("taper-tpo-ra");
    expect(e.monitoring.map((x) => x.code)).toContain("platelet-count-after-discontinuation");
  });

  it("Alvaiz: no dose order, dose-table-unavailable", () => {
    const m = buildModel({
      conditions: [itp("2020-01-01")],
      platelets: platelets(["2026-11-18", 40]),
      therapies: [episode("eltrombopag", "2026-09-01", { formulation: "alvaiz", doses: [["2026-09-01", 36, "mg"]] })],
    });
    const e = evaluate(m, AS_OF);
    const adj = e.recommendations.find((r) => r.code === "adjust-tpo-ra-dose");
    expect(adj?.orders).toEqual([]);
    expect(e.warnings.map((w) => w.code)).toContain("dose-table-unavailable");
    expect(e.assessment.therapies[0]?.agent).toBe("eltrombopag");
  });
});

describe("overrides: each applied override is named", () => {
  const m = buildModel({ conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-18", 20]) });

  it("weight override feeds the romiplostim start dose, dated the as-of date", () => {
    const e = evaluate(m, AS_OF, { therapyOutcomes: {}, baselines: {}, weightKg: 70 });
    const rom = e.recommendations.find((r) => r.code === "start-tpo-ra")?.orders.find((o) => o.agent === "romiplostim");
    expect(rom?.weightUsed).toEqual({ value: 70, unit: "kg", date: AS_OF, source: "override:weight" });
    expect(e.warnings.filter((w) => w.code === "override-applied").map((w) => w.text)).toEqual(["Clinician override applied: weight 70 kg, dated 2026-11-20."]);
  });

  it("ancestry and bleeding overrides", () => {
    const e = evaluate(m, AS_OF, { therapyOutcomes: {}, baselines: {}, eastAsianAncestry: true, bleedingNow: true });
    expect(e.recommendations[0]?.code).toBe("emergency-management");
    expect(e.recommendations.find((r) => r.code === "start-tpo-ra")?.orders.find((o) => o.agent === "eltrombopag")?.dose?.value).toBe(25);
    expect(e.warnings.filter((w) => w.code === "override-applied")).toHaveLength(2);
  });

  it("a therapy outcome override marks it failed", () => {
    const withRitux = buildModel({ ...m, therapies: [episode("rituximab", "2026-01-01", { end: "2026-01-22" })] });
    const e = evaluate(withRitux, AS_OF, { therapyOutcomes: { "rituximab:2026-01-01": "failed" }, baselines: {} });
    expect(e.assessment.therapies[0]).toMatchObject({ failed: true });
    expect(e.assessment.refractoryStatus).toBe("refractory");
  });
});

describe("evaluate: a romiplostim responder who loses the response after tapering below the maximum", () => {
  // 10 ug/kg (724 ug of 72.4 kg) for 8 weeks, response, then 5 ug/kg (362 ug); now two counts < 30 (baseline 12).
  const doses = [...weekly("2026-05-06", 8, 724, "ug"), ...weekly("2026-07-01", 21, 362, "ug")];
  const m = buildModel({
    conditions: [itp("2020-01-01")],
    platelets: platelets(["2026-05-05", 12], ["2026-06-10", 80], ["2026-06-24", 120], ["2026-11-10", 25], ["2026-11-18", 22]),
    weights: [weight("2026-05-01", 72.4)],
    therapies: [episode("romiplostim", "2026-05-06", { doses })],
  });
  it("is not failed (the dose can still go up): increase to 6 ug/kg, no discontinue (notes sections 1 and 3)", () => {
    const e = evaluate(m, AS_OF);
    const t = e.assessment.therapies.find((x) => x.agent === "romiplostim");
    expect([t?.response, t?.failed]).toEqual(["no-response", false]);
    expect(codes(e)).not.toContain("discontinue-tpo-ra");
    const adjust = e.recommendations.find((r) => r.code === "adjust-tpo-ra-dose");
    expect(adjust?.orders[0]).toMatchObject({ action: "increase", dosePerKg: { value: 6 }, dose: { value: 434 } });
  });
});

describe("evaluate: human-readable texts write the platelet unit as ×10⁹/L (the unit field stays 10*9/L)", () => {
  const m = buildModel({
    conditions: [itp("2020-01-01")],
    platelets: platelets(["2026-10-01", 22], ["2026-11-15", 8]),
    weights: [weight("2026-10-03", 72.4)],
    therapies: [episode("prednisone", "2020-01-05", { end: "2020-02-01" }), episode("romiplostim", "2026-05-06", { doses: weekly("2026-05-06", 28, 72, "ug") })],
  });
  it("no title, summary, rationale, warning, monitoring text or pitfall says x10^9/L", () => {
    const e = evaluate(m, AS_OF);
    const texts = [
      ...e.recommendations.flatMap((r) => [r.title, r.summary ?? "", r.rationale, ...r.orders.map((o) => o.note ?? "")]),
      ...e.warnings.map((w) => w.text),
      ...e.monitoring.map((x) => x.text),
      ...(e.pitfalls ?? []),
      e.assessment.secondLine?.reason ?? "",
    ];
    expect(texts.join("\n")).toContain("×10⁹/L");
    expect(texts.filter((t) => /x10\^9/.test(t))).toEqual([]);
    expect(e.assessment.latestPlatelet?.unit).toBe("10*9/L");
  });
});
