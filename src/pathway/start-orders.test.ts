import { describe, expect, it } from "vitest";
import { eltrombopagStart, labelledForPhase, mostellerBsa, rituximabOrders, romiplostimStart, type StartContext } from "./start-orders.ts";
import { height, weight } from "./test-support.ts";

const base: StartContext = { asOf: "2026-11-20", phase: "chronic", weights: [], heights: [], eastAsian: "no", ombAsianOnly: false, hepaticImpairment: false };

describe("starting orders (labels; notes section 3)", () => {
  it.each([
    ["weight 6 months old is used", "2026-05-20", 72],
    ["weight 6 months + 1 day old is not", "2026-05-19", null],
  ] as const)("romiplostim: %s", (_n, date, ug) => {
    const s = romiplostimStart({ ...base, weights: [weight(date, 72.4)] });
    expect(s.orders[0]?.dose?.value ?? null).toBe(ug);
    expect(s.warnings.map((w) => w.code)).toEqual(ug === null ? ["missing-weight"] : []);
  });

  it("romiplostim start arithmetic", () => {
    expect(romiplostimStart({ ...base, weights: [weight("2026-10-03", 72.4)] }).orders[0]?.doseArithmetic).toBe("1 ug/kg × 72.4 kg (2026-10-03) = 72 ug");
  });

  it.each([
    ["not Asian, normal liver", { eastAsian: "no" }, 50, []],
    ["East-Asian ancestry", { eastAsian: "yes" }, 25, []],
    ["hepatic impairment", { hepaticImpairment: true }, 25, []],
    ["both", { eastAsian: "yes", hepaticImpairment: true }, 12.5, []],
    ["OMB Asian only: ask, 25 mg meanwhile", { eastAsian: "unknown", ombAsianOnly: true }, 25, ["ancestry-unknown"]],
    ["OMB Asian only and hepatic impairment: ask, 12.5 mg meanwhile (the lower step)", { eastAsian: "unknown", ombAsianOnly: true, hepaticImpairment: true }, 12.5, ["ancestry-unknown"]],
    ["no race recorded", { eastAsian: "unknown" }, 50, []],
  ] as const)("eltrombopag: %s", (_n, extra, mg, warnings) => {
    const s = eltrombopagStart({ ...base, ...extra });
    expect(s.orders[0]?.dose?.value).toBe(mg);
    expect(s.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it.each([
    ["romiplostim", "newly-diagnosed", true],
    ["eltrombopag", "newly-diagnosed", false],
    ["eltrombopag", "persistent", true],
    ["avatrombopag", "persistent", false],
    ["avatrombopag", "chronic", true],
  ] as const)("%s labelled in %s: %s", (agent, phase, ok) => {
    expect(labelledForPhase(agent, phase)).toBe(ok);
  });

  it("Mosteller BSA: 170 cm, 72.4 kg -> 1.85 m2", () => {
    expect(mostellerBsa(170, 72.4)).toBe(1.85);
  });

  it("rituximab 375 mg/m2 with height and weight", () => {
    const s = rituximabOrders({ ...base, weights: [weight("2026-10-03", 72.4)], heights: [height("2020-01-01", 170)] });
    expect(s.orders[0]?.dose).toEqual({ value: 694, unit: "mg" });
    expect(s.orders[1]?.dose).toEqual({ value: 1000, unit: "mg" });
  });

  it("rituximab without height: no per-m2 dose, missing-height; fixed schedule kept", () => {
    const s = rituximabOrders({ ...base, weights: [weight("2026-10-03", 72.4)] });
    expect(s.orders[0]?.dose).toBeUndefined();
    expect(s.orders[1]?.dose?.value).toBe(1000);
    expect(s.warnings.map((w) => w.code)).toEqual(["missing-height"]);
  });
});
