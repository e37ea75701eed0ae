import { describe, expect, it } from "vitest";
import { PLATELET_UNITS } from "../clinical/units.ts";
import { convertHeight, convertPlatelet, convertWeight, doseUnit, unitCandidates } from "./units.ts";

/** Expected platelet values for 150 in each unit, written independently of the table (refractory-itp.md section 6). */
const PLATELET_150: readonly (readonly [string, number])[] = [
  ["10*9/L", 150], ["10*9/l", 150], ["10*3/uL", 150], ["10*3/ul", 150], ["10*3/mm3", 150], ["10^9/L", 150], ["10^9/l", 150],
  ["x10*9/L", 150], ["x10^9/L", 150], ["X10^9/L", 150], ["10E9/L", 150], ["x10E9/L", 150], ["giga/L", 150], ["G/L", 150],
  ["K/uL", 150], ["K/ul", 150], ["K/mcL", 150], ["K/mm3", 150], ["x10E3/uL", 150], ["x10e3/uL", 150], ["x10(3)/mcL", 150],
  ["x10(3)/uL", 150], ["x10^3/uL", 150], ["x10^3/mcL", 150], ["X10^3/uL", 150], ["x10*3/uL", 150], ["thou/mm3", 150],
  ["thou/uL", 150], ["thou/cumm", 150], ["10^3/µL", 150], ["10*3/µL", 150], ["10^3/uL", 150], ["10^3/mcL", 150],
  ["10*3/mL", 0.15], ["/uL", 0.15], ["/ul", 0.15], ["/mm3", 0.15], ["/µL", 0.15], ["/mcL", 0.15], ["/cumm", 0.15],
  ["platelets/uL", 0.15], ["platelets/µL", 0.15], ["cells/uL", 0.15], ["/L", 1.5e-7],
];

describe("platelet units -> 10*9/L (refractory-itp.md section 6)", () => {
  it("every alias in the table has an expected row here, and no row is missing from the table", () => {
    expect(new Set(Object.keys(PLATELET_UNITS))).toEqual(new Set(PLATELET_150.map(([u]) => u)));
  });

  it.each(PLATELET_150)("150 %s = %d x10*9/L", (unit, expected) => {
    const c = convertPlatelet(150, [unit]);
    expect(c.ok).toBe(true);
    expect(c.ok && c.value).toBeCloseTo(expected, 12);
  });

  it("45,000 /uL = 45 x10*9/L (section 6 example)", () => {
    expect(convertPlatelet(45_000, ["/uL"])).toMatchObject({ ok: true, value: 45 });
  });

  it.each([["k/uL"], ["KUL"], ["10*3"], ["mg/dL"], ["platelets"], ["K/UL"], ["10*9/dL"]])("unit %j is unrecognised, never guessed", (unit) => {
    expect(convertPlatelet(150, [unit])).toMatchObject({ ok: false, reason: "unit-unrecognised" });
  });

  it("no unit at all is unrecognised", () => {
    expect(convertPlatelet(150, [])).toMatchObject({ ok: false, reason: "unit-unrecognised" });
  });

  it.each([
    [2000, "10*9/L", true], [2000.5, "10*9/L", false], [0, "10*9/L", true], [-1, "10*9/L", false], [2_000_001, "/uL", false], [2_000_000, "/uL", true],
  ])("plausible range 0-2,000: %d %s -> ok %s", (value, unit, ok) => {
    const c = convertPlatelet(value, [unit]);
    expect(c.ok).toBe(ok);
    if (!c.ok) {
      expect(c.reason).toBe("implausible-value");
    }
  });
});

describe("unit candidates", () => {
  it("prefers the UCUM code when the system is UCUM", () => {
    expect(unitCandidates({ unit: "x10*9/L", code: "10*9/L", system: "http://unitsofmeasure.org" })).toEqual(["10*9/L", "x10*9/L"]);
  });
  it("prefers the unit text when the system is not UCUM", () => {
    expect(unitCandidates({ unit: "K/uL", code: "KPERUL", system: "http://example.org/units" })).toEqual(["K/uL", "KPERUL"]);
  });
  it("reads the Greek mu (U+03BC) as the micro sign (U+00B5)", () => {
    expect(convertPlatelet(45, unitCandidates({ unit: "10^3/\u03bcL" }))).toMatchObject({ ok: true, value: 45 });
    expect(unitCandidates({ unit: "\u03bcg" })).toEqual(["\u00b5g"]);
  });

  it("trims and drops empty strings", () => {
    expect(unitCandidates({ unit: "  K/ul ", code: "" })).toEqual(["K/ul"]);
  });
  it("falls back to the unit text when the UCUM code is not a known alias", () => {
    expect(convertPlatelet(84, unitCandidates({ unit: "K/uL", code: "K/uL.weird", system: "http://unitsofmeasure.org" }))).toMatchObject({ ok: true, value: 84, unitUsed: "K/uL" });
  });
});

describe("weight and height", () => {
  it.each([
    [72, "kg", 72], [72_000, "g", 72], [185, "[lb_av]", 83.91458845], [185, "lb", 83.91458845], [185, "lbs", 83.91458845],
  ])("weight %d %s = %d kg", (value, unit, kg) => {
    const c = convertWeight(value, [unit]);
    expect(c.ok && c.value).toBeCloseTo(kg, 8);
  });
  it.each([[170, "cm", 170], [1.7, "m", 170], [67, "[in_i]", 170.18], [67, "in", 170.18]])("height %d %s = %d cm", (value, unit, cm) => {
    const c = convertHeight(value, [unit]);
    expect(c.ok && c.value).toBeCloseTo(cm, 8);
  });
  it.each([["stone"], ["KG"], ["ft"]])("weight/height unit %s is unrecognised", (unit) => {
    expect(convertWeight(1, [unit]).ok).toBe(false);
    expect(convertHeight(1, [unit]).ok).toBe(false);
  });
  it("a weight of 0 kg is implausible", () => {
    expect(convertWeight(0, ["kg"])).toMatchObject({ ok: false, reason: "implausible-value" });
  });
});

describe("dose units -> UCUM", () => {
  it.each([
    ["mg", "mg"], ["MG", "mg"], ["ug", "ug"], ["mcg", "ug"], ["µg", "ug"], ["g", "g"], ["ug/kg", "ug/kg"], ["mcg/kg", "ug/kg"],
    ["µg/kg", "ug/kg"], ["mg/kg", "mg/kg"], ["g/kg", "g/kg"], ["mg/m2", "mg/m2"], ["mg/m^2", "mg/m2"], ["mg/m²", "mg/m2"],
  ])("%s -> %s", (unit, ucum) => {
    expect(doseUnit([unit])).toBe(ucum);
  });
  it.each([["TAB"], ["{tbl}"], ["mL"], ["unit"]])("%s is not a dose unit the model stores", (unit) => {
    expect(doseUnit([unit])).toBeUndefined();
  });
});

describe("code and text naming different units: ambiguous, never guessed (refractory-itp.md section 6)", () => {
  it.each([
    ["weight: code kg, text lb", () => convertWeight(80, unitCandidates({ code: "kg", unit: "lb", system: "http://unitsofmeasure.org" }))],
    ["platelets: code 10*9/L, text /uL", () => convertPlatelet(45, unitCandidates({ code: "10*9/L", unit: "/uL", system: "http://unitsofmeasure.org" }))],
  ] as const)("%s -> unit-unrecognised", (_n, run) => {
    expect(run()).toMatchObject({ ok: false, reason: "unit-unrecognised" });
  });

  it("code and text naming the same unit two ways are fine: 10*9/L and K/uL", () => {
    expect(convertPlatelet(45, unitCandidates({ code: "10*9/L", unit: "K/uL", system: "http://unitsofmeasure.org" }))).toMatchObject({ ok: true, value: 45 });
  });
});

