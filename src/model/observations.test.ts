import { describe, expect, it } from "vitest";
import { PID, SUBJECT, observation, patient, platelet } from "../../test/integration/model-builders.ts";
import { normalise } from "./normalise.ts";
import { assertValidModel } from "./validate-model.ts";

const run = (...resources: unknown[]) => assertValidModel(normalise({ resources: [patient(), ...resources] }));
const excludedReason = (m: ReturnType<typeof run>, ref: string) => m.ledger.excluded.find((e) => e.ref === ref)?.reason;

describe("Observation status rules", () => {
  it.each([
    ["final", true, false], ["amended", true, false], ["corrected", true, false], ["preliminary", true, true], ["unknown", true, false],
  ])("status %s: used %s, preliminary %s", (status, used, preliminary) => {
    const o = platelet(45, undefined, { status });
    const m = run(o);
    expect(m.platelets.length === 1).toBe(used);
    expect(m.platelets[0]?.preliminary).toBe(preliminary);
    expect(m.platelets[0]?.status).toBe(status);
  });

  it.each([
    ["entered-in-error", "entered-in-error"], ["cancelled", "cancelled"], ["registered", "no-value"],
  ])("status %s is excluded as %s", (status, reason) => {
    const o = platelet(45, undefined, { status });
    const m = run(o);
    expect(m.platelets).toEqual([]);
    expect(excludedReason(m, `Observation/${String(o["id"])}`)).toBe(reason);
  });

  it("dataAbsentReason -> data-absent", () => {
    const o = platelet(45, undefined, { valueQuantity: undefined, dataAbsentReason: { text: "specimen clotted" } });
    expect(excludedReason(run(o), `Observation/${String(o["id"])}`)).toBe("data-absent");
  });

  it("no value -> no-value", () => {
    const o = platelet(45, undefined, { valueQuantity: undefined });
    expect(excludedReason(run(o), `Observation/${String(o["id"])}`)).toBe("no-value");
  });
});

describe("Observation dates", () => {
  it.each([
    [{ effectiveDateTime: "2026-10-01T09:00:00Z" }, "2026-10-01T09:00:00Z"],
    [{ effectiveDateTime: undefined, effectivePeriod: { start: "2026-10-02", end: "2026-10-03" } }, "2026-10-02"],
    [{ effectiveDateTime: undefined, issued: "2026-10-04T10:00:00Z" }, "2026-10-04T10:00:00Z"],
    [{ effectiveDateTime: undefined, effectiveInstant: "2026-10-05T10:00:00Z" }, "2026-10-05T10:00:00Z"],
  ])("date from %j", (extra, date) => {
    expect(run(platelet(45, undefined, extra)).platelets[0]?.date).toBe(date);
  });

  it("no date at all -> no-date", () => {
    const o = platelet(45, undefined, { effectiveDateTime: undefined });
    expect(excludedReason(run(o), `Observation/${String(o["id"])}`)).toBe("no-date");
  });

  it("an invalid date string is not a date -> no-date", () => {
    const o = platelet(45, "yesterday");
    expect(excludedReason(run(o), `Observation/${String(o["id"])}`)).toBe("no-date");
  });

  it("an undated Observation takes the date of the DiagnosticReport that lists it, and the report is used", () => {
    const o = platelet(45, undefined, { effectiveDateTime: undefined });
    const report = { resourceType: "DiagnosticReport", id: "dr1", status: "final", subject: SUBJECT, code: { text: "CBC" }, effectiveDateTime: "2026-09-09", result: [{ reference: `Observation/${String(o["id"])}` }] };
    const m = run(o, report);
    expect(m.platelets[0]?.date).toBe("2026-09-09");
    expect(m.ledger.used).toContainEqual({ ref: "DiagnosticReport/dr1", usedFor: "observation-date" });
  });
});

describe("Observation values", () => {
  it.each([
    [{ value: 10, comparator: "<", unit: "10*3/uL" }, 10, "<"],
    [{ value: 5, comparator: "<=", unit: "10*9/L" }, 5, "<="],
    [{ value: 1500, comparator: ">", unit: "10*9/L" }, 1500, ">"],
  ])("comparator kept: %j", (vq, value, comparator) => {
    const m = run(platelet(0, undefined, { valueQuantity: vq }));
    expect(m.platelets[0]).toMatchObject({ value, comparator });
  });

  it.each([
    ["45", 45, null, "10*3/uL"],
    ["<10", 10, "<", "10*3/uL"],
    ["45 K/uL", 45, null, null],
    ["200000 platelets/uL", 200, null, null],
    ["45,000 /uL", 45, null, null],
  ])("valueString %j -> %d (comparator %s)", (vs, value, comparator, rangeUnit) => {
    const range = rangeUnit === null ? {} : { referenceRange: [{ low: { value: 150, unit: rangeUnit }, high: { value: 450, unit: rangeUnit } }] };
    const m = run(platelet(0, undefined, { valueQuantity: undefined, valueString: vs, ...range }));
    expect(m.platelets[0]).toMatchObject({ value, comparator, originalValue: vs });
  });

  it("a valueString without a unit and no reference range unit is unit-unrecognised", () => {
    const o = platelet(0, undefined, { valueQuantity: undefined, valueString: "45" });
    expect(excludedReason(run(o), `Observation/${String(o["id"])}`)).toBe("unit-unrecognised");
  });

  it("a valueString that is not a number is no-value", () => {
    const o = platelet(0, undefined, { valueQuantity: undefined, valueString: "clumped, see smear" });
    expect(excludedReason(run(o), `Observation/${String(o["id"])}`)).toBe("no-value");
  });

  it("unknown unit -> unit-unrecognised; implausible value -> implausible-value", () => {
    const a = platelet(45, undefined, { valueQuantity: { value: 45, unit: "bananas" } });
    const b = platelet(4500, undefined, { effectiveDateTime: "2026-11-02" });
    const m = run(a, b);
    expect(excludedReason(m, `Observation/${String(a["id"])}`)).toBe("unit-unrecognised");
    expect(excludedReason(m, `Observation/${String(b["id"])}`)).toBe("implausible-value");
  });

  it("Bundle-report shape: unit K/ul with no system and no code", () => {
    const m = run(platelet(0, undefined, { valueQuantity: { value: 84, unit: "K/ul" } }));
    expect(m.platelets[0]).toMatchObject({ value: 84, originalUnit: "K/ul" });
  });
});

describe("de-duplication and code groups", () => {
  it("same code group, same instant, same value: the second is a duplicate", () => {
    const a = platelet(45, "2026-11-01T08:00:00Z");
    const b = platelet(45000, "2026-11-01T09:00:00+01:00", { code: { coding: [{ system: "http://loinc.org", code: "26515-7" }] }, valueQuantity: { value: 45000, unit: "/uL", system: "http://unitsofmeasure.org", code: "/uL" } });
    const c = platelet(46, "2026-11-01T08:00:00Z");
    const m = run(a, b, c);
    expect(m.platelets.map((p) => p.value)).toEqual([45, 46]);
    expect(excludedReason(m, `Observation/${String(b["id"])}`)).toBe("duplicate");
  });

  it("MPV (32623-1) and PDW (32207-3), although named 'Platelet ...', are not counts", () => {
    const m = run(
      observation("32623-1", 10, "fL", { code: { coding: [{ system: "http://loinc.org", code: "32623-1", display: "Platelet mean volume" }] } }),
      observation("32207-3", 300, "fL", { code: { coding: [{ system: "http://loinc.org", code: "32207-3", display: "Platelet distribution width" }], text: "Platelets distribution" } }),
    );
    expect(m.platelets).toEqual([]);
  });

  it("a platelet count coded only by text is matched, with loinc null; an uncoded MPV by text is not", () => {
    const m = run(
      platelet(45, undefined, { code: { text: "Platelet count" } }),
      platelet(11, undefined, { code: { text: "Platelet mean volume" }, valueQuantity: { value: 11, unit: "10*9/L" } }),
    );
    expect(m.platelets).toHaveLength(1);
    expect(m.platelets[0]).toMatchObject({ value: 45, loinc: null });
  });

  it("weights, heights and liver tests, with the ULN from referenceRange.high only", () => {
    const m = run(
      observation("29463-7", 185, "[lb_av]"), observation("8302-2", 170, "cm"),
      observation("1742-6", 120, "U/L", { referenceRange: [{ high: { value: 40, unit: "U/L" } }] }), observation("1920-8", 30, "U/L"),
    );
    expect(m.weights[0]).toMatchObject({ value: 83.91458845, unit: "kg", originalValue: 185 });
    expect(m.heights[0]).toMatchObject({ value: 170, unit: "cm" });
    expect(m.liverTests).toEqual([
      expect.objectContaining({ test: "alt", value: 120, unit: "U/L", upperLimit: 40 }),
      expect.objectContaining({ test: "ast", value: 30, upperLimit: null }),
    ]);
  });

  it("an Observation of another patient is other-patient", () => {
    const o = platelet(45, undefined, { subject: { reference: "Patient/someone-else" } });
    const m = run(o);
    expect(m.patient.id).toBe(PID);
    expect(excludedReason(m, `Observation/${String(o["id"])}`)).toBe("other-patient");
  });
});
