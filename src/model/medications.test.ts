import { describe, expect, it } from "vitest";
import { SUBJECT, condition, icd10, medAdmin, medRequest, nextId, patient, text } from "../../test/integration/model-builders.ts";
import { normalise } from "./normalise.ts";
import { assertValidModel } from "./validate-model.ts";

const run = (...resources: unknown[]) => assertValidModel(normalise({ resources: [patient(), ...resources] }));
const reasonOf = (m: ReturnType<typeof run>, r: Record<string, unknown>) => m.ledger.excluded.find((e) => e.ref === `${String(r["resourceType"])}/${String(r["id"])}`)?.reason;
const NPLATE = { resourceType: "Medication", id: "med-nplate", code: { coding: [{ system: "http://www.whocc.no/atc", code: "B02BX04" }], text: "Nplate" } };

describe("medication references", () => {
  it("contained Medication (#id)", () => {
    const mr = medRequest({ medicationReference: { reference: "#m1" }, contained: [{ resourceType: "Medication", id: "m1", code: { text: "Promacta 50 mg tablet" } }] });
    const m = run(mr);
    expect(m.exposures[0]).toMatchObject({ agent: "eltrombopag", formulation: "promacta", matchedBy: "text" });
    expect(m.ledger.read).toBe(2);
  });

  it("separate Medication by Medication/id: the Medication is used as its definition", () => {
    const m = run(NPLATE, medRequest({ medicationReference: { reference: "Medication/med-nplate" } }));
    expect(m.exposures[0]).toMatchObject({ agent: "romiplostim", matchedBy: "atc", matchedOn: "ATC B02BX04" });
    expect(m.ledger.used).toContainEqual({ ref: "Medication/med-nplate", usedFor: "medication-definition" });
  });

  it("Medication by urn:uuid fullUrl inside a transaction Bundle", () => {
    const bundle = {
      resourceType: "Bundle", type: "transaction",
      entry: [
        { fullUrl: "urn:uuid:aaa", resource: { ...NPLATE, id: "aaa" } },
        { fullUrl: "urn:uuid:bbb", resource: medRequest({ medicationReference: { reference: "urn:uuid:aaa" } }) },
      ],
    };
    const m = run(bundle);
    expect(m.exposures).toHaveLength(1);
    expect(m.ledger.used.map((u) => u.usedFor).sort()).toEqual(["medication-definition", "patient", "therapy"]);
  });

  it("Medication with ingredients only", () => {
    const med = { resourceType: "Medication", id: "mi", ingredient: [{ itemCodeableConcept: { coding: [{ system: "http://www.nlm.nih.gov/research/umls/rxnorm", code: "3264" }] } }] };
    expect(run(med, medRequest({ medicationReference: { reference: "Medication/mi" } })).exposures[0]?.agent).toBe("dexamethasone");
  });

  it("an unreferenced Medication and a non-ITP medication are not-relevant", () => {
    const axid = medRequest({ medicationCodeableConcept: { coding: [{ system: "http://www.nlm.nih.gov/research/umls/rxnorm", code: "476872", display: "nizatidine 150 MG [Axid]" }] } });
    const m = run(NPLATE, axid);
    expect(reasonOf(m, NPLATE)).toBe("not-relevant");
    expect(reasonOf(m, axid)).toBe("not-relevant");
  });
});

describe("medication status rules", () => {
  it.each([
    ["MedicationRequest", "cancelled", "cancelled"], ["MedicationRequest", "draft", "not-done"], ["MedicationRequest", "entered-in-error", "entered-in-error"],
    ["MedicationStatement", "not-taken", "not-done"], ["MedicationStatement", "intended", "not-done"], ["MedicationStatement", "entered-in-error", "entered-in-error"],
    ["MedicationAdministration", "not-done", "not-done"], ["MedicationAdministration", "entered-in-error", "entered-in-error"],
  ])("%s %s -> excluded %s", (resourceType, status, reason) => {
    const r = { resourceType, id: nextId("m"), status, subject: SUBJECT, ...text("romiplostim"), effectiveDateTime: "2026-01-01" };
    const m = run(r);
    expect(m.exposures).toEqual([]);
    expect(reasonOf(m, r)).toBe(reason);
  });

  it.each([
    ["MedicationRequest", "active"], ["MedicationRequest", "stopped"], ["MedicationRequest", "completed"], ["MedicationRequest", "on-hold"],
    ["MedicationStatement", "active"], ["MedicationStatement", "completed"], ["MedicationAdministration", "completed"], ["MedicationAdministration", "in-progress"],
  ])("%s %s is used", (resourceType, status) => {
    const r = { resourceType, id: nextId("m"), status, subject: SUBJECT, ...text("romiplostim"), effectiveDateTime: "2026-01-01" };
    expect(run(r).exposures[0]?.status).toBe(status);
  });

  it.each([["proposal", "not-done"], ["option", "not-done"]])("request intent %s -> %s (not an order)", (intent, reason) => {
    const r = medRequest(text("romiplostim"), { intent });
    expect(reasonOf(run(r), r)).toBe(reason);
  });

  it.each([["order"], ["plan"], ["original-order"], ["instance-order"]])("request intent %s is used", (intent) => {
    expect(run(medRequest(text("romiplostim"), { intent })).exposures).toHaveLength(1);
  });

  it("doNotPerform -> not-done", () => {
    const r = medRequest(text("romiplostim"), { doNotPerform: true });
    expect(reasonOf(run(r), r)).toBe("not-done");
  });

  it("MedicationDispense is not read (not-relevant), with a detail", () => {
    const r = { resourceType: "MedicationDispense", id: "d1", status: "completed", subject: SUBJECT, ...text("Promacta") };
    const m = run(r);
    expect(m.ledger.excluded.find((e) => e.ref === "MedicationDispense/d1")).toMatchObject({ reason: "not-relevant", detail: expect.stringContaining("MedicationDispense") });
  });
});

describe("doses, dates, reasons", () => {
  it.each([
    [{ value: 150, unit: "mcg" }, { value: 150, unit: "ug" }], [{ value: 150, unit: "µg" }, { value: 150, unit: "ug" }],
    [{ value: 3, unit: "ug/kg" }, { value: 3, unit: "ug/kg" }], [{ value: 375, unit: "mg/m2" }, { value: 375, unit: "mg/m2" }],
    [{ value: 1, unit: "g/kg" }, { value: 1, unit: "g/kg" }],
  ])("administration dose %j -> %j (romiplostim stays in ug)", (dose, expected) => {
    const m = run(medAdmin(text("romiplostim"), "2026-10-01", dose));
    expect(m.exposures[0]?.dose).toMatchObject({ ...expected, date: "2026-10-01" });
  });

  it("request dose from dosageInstruction.doseAndRate.doseQuantity; start from boundsPeriod; end from boundsDuration", () => {
    const mr = medRequest(text("dexamethasone"), {
      status: "completed",
      dosageInstruction: [{ timing: { repeat: { boundsDuration: { value: 4, code: "d" }, frequency: 1, period: 1, periodUnit: "d" } }, doseAndRate: [{ doseQuantity: { value: 40, unit: "mg" } }], route: { text: "oral" } }],
    });
    const e = run(mr).exposures[0];
    expect(e).toMatchObject({ start: "2026-06-01", end: "2026-06-04", dose: { value: 40, unit: "mg" }, route: "oral", frequency: "1 per 1 d" });
  });

  it.each([
    [{ dispenseRequest: { validityPeriod: { start: "2022-02-22", end: "2022-05-10" } } }, "2022-02-22", "2022-05-10"],
    [{ dosageInstruction: [{ timing: { repeat: { boundsPeriod: { start: "2022-03-01", end: "2022-03-20" } } } }], dispenseRequest: { validityPeriod: { start: "2022-02-22", end: "2022-05-10" } } }, "2022-03-01", "2022-03-20"],
    [{}, "2026-06-01", null],
  ])("request period from %j", (extra, start, end) => {
    expect(run(medRequest(text("eltrombopag"), { status: "stopped", ...extra })).exposures[0]).toMatchObject({ start, end });
  });

  it("a dose in an unrecognised unit is null, never guessed", () => {
    expect(run(medAdmin(text("eltrombopag"), "2026-10-01", { value: 1, unit: "TAB" })).exposures[0]?.dose).toBeNull();
  });

  it.each([
    [{ reasonCode: [icd10("D69.3", "ITP")] }, true],
    [{ reasonCode: [icd10("M10.9", "Gout")] }, false],
    [{ reasonCode: [icd10("D69.6", "Thrombocytopenia")] }, null],
    [{}, null],
  ])("reason %j -> reasonIsItp %s", (extra, isItp) => {
    expect(run(medRequest(text("colchicine"), extra)).exposures[0]?.reasonIsItp).toBe(isItp);
  });

  it("reasonReference to a Condition: ITP -> true; an unmatched Condition becomes other-indication and is used", () => {
    const itp = condition(icd10("D69.3"));
    const lupusNephritis = condition({ text: "Gout" });
    const m = run(itp, lupusNephritis, medRequest(text("prednisone"), { reasonReference: [{ reference: `Condition/${String(itp["id"])}` }] }),
      medRequest(text("colchicine"), { reasonReference: [{ reference: `Condition/${String(lupusNephritis["id"])}` }] }));
    expect(m.exposures.map((e) => e.reasonIsItp)).toEqual([true, false]);
    expect(m.conditions.map((c) => c.kind).sort()).toEqual(["itp", "other-indication"]);
  });

  it.each([
    [{ statusReason: { text: "Hepatotoxicity" } }, true], [{ statusReason: { coding: [{ display: "Drug intolerance" }] } }, true],
    [{ note: [{ text: "stopped because not tolerated (headache)" }] }, true], [{ note: [{ text: "no side effects reported" }] }, false],
    [{ statusReason: { text: "Course completed" } }, false],
  ])("intolerance from %j -> %s", (extra, stopped) => {
    expect(run(medRequest(text("eltrombopag"), { status: "stopped", ...extra })).exposures[0]?.stoppedForIntolerance).toBe(stopped);
  });
});

describe("local corticosteroids are not ITP therapy (ASH 2019: systemic corticosteroids are first line)", () => {
  it.each([
    ["prednisolone eye drops (text)", { medicationCodeableConcept: { text: "Prednisolone acetate 1% ophthalmic suspension" } }, false],
    ["dexamethasone by the ophthalmic route", { medicationCodeableConcept: { text: "Dexamethasone 0.1%" }, dosageInstruction: [{ route: { text: "Ophthalmic" } }] }, false],
    ["methylprednisolone intra-articular", { medicationCodeableConcept: { text: "Methylprednisolone acetate" }, dosageInstruction: [{ route: { text: "Intra-articular" } }] }, false],
    ["prednisone oral tablet", { medicationCodeableConcept: { text: "Prednisone 20 mg oral tablet" } }, true],
    ["dexamethasone IV", { medicationCodeableConcept: { text: "Dexamethasone 40 mg" }, dosageInstruction: [{ route: { text: "Intravenous" } }] }, true],
  ] as const)("%s -> therapy: %s", (_n, fields, isTherapy) => {
    const r = medRequest(fields);
    const m = run(r);
    expect(m.exposures.length > 0).toBe(isTherapy);
    if (!isTherapy) expect(reasonOf(m, r)).toBe("not-relevant");
  });
});
