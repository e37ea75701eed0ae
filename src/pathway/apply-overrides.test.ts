import { describe, expect, it } from "vitest";
import { applyOverrides } from "./apply-overrides.ts";
import { buildModel, condition } from "./test-support.ts";

const AS_OF = "2026-11-20";
const none = { therapyOutcomes: {}, baselines: {} };

describe("overrides", () => {
  it("OMB Asian without a detailed code -> ancestry must be asked", () => {
    const m = buildModel({ patient: { race: { omb: ["2028-9"], detailed: [], text: null }, eastAsianAncestry: "unknown" } });
    expect(applyOverrides(m, AS_OF, none, new Set()).ombAsianOnly).toBe(true);
    expect(applyOverrides(m, AS_OF, { ...none, eastAsianAncestry: false }, new Set())).toMatchObject({ ombAsianOnly: false, eastAsian: "no" });
  });

  it("hepatic impairment from the record, overridden by the clinician", () => {
    const m = buildModel({ conditions: [condition("hepatic-impairment", "2020-01-01")] });
    expect(applyOverrides(m, AS_OF, none, new Set()).hepaticImpairment).toBe(true);
    const e = applyOverrides(m, AS_OF, { ...none, hepaticImpairment: false }, new Set());
    expect([e.hepaticImpairment, e.warnings.map((w) => w.code)]).toEqual([false, ["override-applied"]]);
  });

  it.each([
    ["176.4 lb = 80.013694068 kg", 80.013694068, 80],
    ["72.45 kg", 72.45, 72.5],
    ["72.44 kg", 72.44, 72.4],
  ])("recorded weights enter the arithmetic to 0.1 kg: %s -> %s kg (ADR 0010 #21)", (_n, kg, shown) => {
    const m = buildModel({ weights: [{ value: kg, unit: "kg", originalValue: kg, originalUnit: "kg", date: "2026-11-01", source: "Observation/w" }] });
    expect(applyOverrides(m, AS_OF, none, new Set()).weights[0]?.value).toBe(shown);
  });

  it("the weight override is a measurement dated the as-of date", () => {
    expect(applyOverrides(buildModel(), AS_OF, { ...none, weightKg: 61.5 }, new Set()).weights).toEqual([
      { value: 61.5, unit: "kg", originalValue: 61.5, originalUnit: "kg", date: AS_OF, source: "override:weight" },
    ]);
  });

  it("outcome and baseline overrides are named only for known episodes", () => {
    const e = applyOverrides(buildModel(), AS_OF, { therapyOutcomes: { "rituximab:2026-01-01": "failed", "x:1": "failed" }, baselines: { "rituximab:2026-01-01": 12 } }, new Set(["rituximab:2026-01-01"]));
    expect(e.warnings.map((w) => w.text)).toEqual(["Clinician override applied: rituximab:2026-01-01 failed.", "Clinician override applied: baseline platelet count 12 ×10⁹/L for rituximab:2026-01-01."]);
  });
});
