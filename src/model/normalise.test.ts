import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PID, patient, platelet } from "../../test/integration/model-builders.ts";
import { normalise } from "./normalise.ts";
import { assertValidModel } from "./validate-model.ts";

const reasons = (m: ReturnType<typeof normalise>) => m.ledger.excluded.map((e) => e.reason);

describe("flattening and counting", () => {
  it("Bundles of any type (nested batch-response searchsets too) are flattened; Bundles themselves are not counted", () => {
    const inner = { resourceType: "Bundle", type: "searchset", entry: [{ resource: platelet(45) }, { resource: { resourceType: "OperationOutcome", issue: [] } }] };
    const outer = { resourceType: "Bundle", type: "batch-response", entry: [{ resource: inner }, { resource: patient() }, { response: { status: "200" } }] };
    const m = assertValidModel(normalise({ resources: [outer] }));
    expect(m.ledger.read).toBe(3);
    expect(m.platelets).toHaveLength(1);
    expect(m.ledger.excluded).toEqual([expect.objectContaining({ ref: "OperationOutcome/#2", reason: "not-relevant" })]);
  });

  it("contained resources are not counted separately", () => {
    const mr = { resourceType: "MedicationRequest", id: "mr", status: "active", subject: { reference: `Patient/${PID}` }, medicationReference: { reference: "#m" }, contained: [{ resourceType: "Medication", id: "m", code: { text: "Nplate" } }] };
    expect(normalise({ resources: [patient(), mr] }).ledger.read).toBe(2);
  });

  it.each([
    [null, "not a JSON object"], [42, "not a JSON object"], ["Observation", "not a JSON object"], [[1, 2], "not a JSON object"],
    [{ id: "x" }, "no resourceType"], [{ resourceType: 7 }, "no resourceType"],
    [{ resourceType: "Observation", id: "o", code: "777-3" }, "Observation.code missing or not an object"],
    [{ resourceType: "MedicationRequest", id: "m", status: "active" }, "MedicationRequest.medication[x] missing or not an object"],
    [{ resourceType: "Observation", id: "o", status: 3, code: {} }, "status is not a string"],
    [{ resourceType: "Observation", id: 5, code: {} }, "id is not a string"],
  ])("malformed: %j", (resource, detail) => {
    const m = normalise({ resources: [patient(), resource] });
    expect(m.ledger.excluded).toEqual([expect.objectContaining({ reason: "malformed", detail })]);
  });

  it("the same Type/id read twice: the second copy is a duplicate", () => {
    const o = platelet(45);
    const m = normalise({ resources: [patient(), o, { ...o, valueQuantity: { value: 50, unit: "10*9/L" } }] });
    expect(m.platelets.map((p) => p.value)).toEqual([45]);
    expect(reasons(m)).toEqual(["duplicate"]);
  });

  it("unavailable resource types are passed through", () => {
    const unavailable = [{ resourceType: "MedicationAdministration", reason: "403" }];
    expect(normalise({ resources: [patient()], unavailable }).unavailable).toEqual(unavailable);
  });
});

describe("patient selection (docs/decisions/0005)", () => {
  const other = { ...patient(), id: "p2" };
  const pltOf = (id: string | undefined) => platelet(45, undefined, { subject: id === undefined ? undefined : { reference: `Patient/${id}` } });

  it("patientId selects the patient; other patients' resources are other-patient", () => {
    const m = normalise({ resources: [patient(), other, pltOf("p1"), pltOf("p2")], patientId: "p2" });
    expect(m.patient.id).toBe("p2");
    expect(m.platelets).toHaveLength(1);
    expect(reasons(m)).toEqual(["other-patient", "other-patient"]);
  });

  it("a single Patient is chosen without patientId", () => {
    expect(normalise({ resources: [pltOf("p1"), patient()] }).patient.id).toBe(PID);
  });

  it("several Patients and no patientId: the first Patient, and resources without subject are other-patient", () => {
    const m = normalise({ resources: [patient(), other, pltOf(undefined)] });
    expect(m.patient.id).toBe(PID);
    expect(reasons(m)).toEqual(["other-patient", "other-patient"]);
  });

  it("no subject is accepted in a one-patient input", () => {
    expect(normalise({ resources: [patient(), pltOf(undefined)] }).platelets).toHaveLength(1);
  });

  it("no Patient at all: the first subject is the patient, with unknown demographics", () => {
    const m = assertValidModel(normalise({ resources: [pltOf("p7"), pltOf("p8")] }));
    expect(m.patient).toMatchObject({ id: "p7", name: null, sex: "unknown", birthDate: null });
    expect(reasons(m)).toEqual(["other-patient"]);
  });

  it("urn:uuid, absolute and versioned subject references resolve", () => {
    const bundle = {
      resourceType: "Bundle", type: "transaction",
      entry: [
        { fullUrl: "urn:uuid:abc", resource: { ...patient(), id: "abc" } },
        { resource: platelet(40, undefined, { subject: { reference: "urn:uuid:abc" } }) },
        { resource: platelet(41, undefined, { subject: { reference: "https://ehr.example/fhir/Patient/abc/_history/3" } }) },
      ],
    };
    expect(normalise({ resources: [bundle] }).platelets.map((p) => p.value)).toEqual([40, 41]);
  });

  it("empty input: a valid model with nothing read", () => {
    const m = assertValidModel(normalise({ resources: [] }));
    expect(m.ledger).toEqual({ read: 0, used: [], excluded: [] });
    expect(m.patient.id).toBe("unknown");
  });
});

const resourceTypes = fc.constantFrom("Observation", "Patient", "MedicationRequest", "MedicationStatement", "MedicationAdministration", "Medication", "Condition", "Procedure", "DiagnosticReport", "Bundle", "OperationOutcome", "Encounter");
const looseResource = fc.record(
  {
    resourceType: fc.oneof(resourceTypes, fc.anything()),
    id: fc.oneof(fc.constantFrom("a", "b", "p1"), fc.anything()),
    status: fc.oneof(fc.constantFrom("final", "active", "entered-in-error", "cancelled", "completed", "not-done", "preliminary"), fc.anything()),
    subject: fc.oneof(fc.constant({ reference: "Patient/p1" }), fc.constant({ reference: "Patient/p2" }), fc.anything()),
    code: fc.oneof(fc.constant({ coding: [{ system: "http://loinc.org", code: "777-3" }] }), fc.constant({ text: "Nplate" }), fc.anything()),
    valueQuantity: fc.oneof(fc.record({ value: fc.oneof(fc.double(), fc.anything()), unit: fc.oneof(fc.constantFrom("K/uL", "/uL", "10*9/L"), fc.anything()) }), fc.anything()),
    valueString: fc.oneof(fc.constantFrom("45", "<10", "1e5", "45,000 /uL"), fc.string()),
    effectiveDateTime: fc.oneof(fc.constantFrom("2026-01-01", "2026-13-45", "2026"), fc.anything()),
    medicationCodeableConcept: fc.anything(),
    medicationReference: fc.oneof(fc.constant({ reference: "#m" }), fc.constant({ reference: "Medication/a" }), fc.anything()),
    contained: fc.anything(),
    entry: fc.array(fc.record({ resource: fc.anything(), fullUrl: fc.anything() }), { maxLength: 3 }),
    reasonReference: fc.anything(),
    extension: fc.anything(),
    dosage: fc.anything(),
    dosageInstruction: fc.anything(),
    name: fc.oneof(fc.constant([{ given: ["A"], family: "B" }]), fc.anything()),
    gender: fc.anything(),
    birthDate: fc.anything(),
    reasonCode: fc.anything(),
    statusReason: fc.anything(),
    note: fc.anything(),
    referenceRange: fc.anything(),
    verificationStatus: fc.anything(),
    clinicalStatus: fc.anything(),
    onsetDateTime: fc.anything(),
    performedPeriod: fc.anything(),
    result: fc.anything(),
    dispenseRequest: fc.anything(),
    ingredient: fc.anything(),
  },
  { requiredKeys: [] },
);

describe("properties", () => {
  it("arbitrary and malformed resources never throw, the model is valid, and used + excluded = read", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(looseResource, fc.anything()), { maxLength: 12 }), fc.option(fc.constantFrom("p1", "p2", "a")), (resources, patientId) => {
        const m = normalise(patientId === null ? { resources } : { resources, patientId });
        assertValidModel(m);
        expect(m.ledger.used.length + m.ledger.excluded.length).toBe(m.ledger.read);
        expect(m.ledger.excluded.filter((e) => e.detail === "not processed")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("properties of platelet Observations", () => {
  const unit = fc.constantFrom("10*9/L", "10*3/uL", "/uL", "K/uL", "x10E3/uL", "thou/mm3", "bananas", "");
  const status = fc.constantFrom("final", "amended", "preliminary", "registered", "cancelled", "entered-in-error");
  const obs = fc.record({
    value: fc.oneof(fc.integer({ min: -10, max: 3_000_000 }), fc.double({ noNaN: true })),
    unit, status,
    day: fc.integer({ min: 1, max: 28 }),
  });

  it("each platelet Observation is either a count in 0-2,000 x10^9/L or excluded with a known reason", () => {
    fc.assert(
      fc.property(fc.array(obs, { maxLength: 20 }), (list) => {
        const resources = list.map((o, i) => ({
          resourceType: "Observation", id: `o${i}`, status: o.status, subject: { reference: "Patient/p1" },
          code: { coding: [{ system: "http://loinc.org", code: "777-3" }] }, effectiveDateTime: `2026-01-${String(o.day).padStart(2, "0")}`,
          valueQuantity: { value: o.value, unit: o.unit },
        }));
        const m = normalise({ resources: [patient(), ...resources] });
        expect(m.platelets.length + m.ledger.excluded.length).toBe(list.length);
        for (const p of m.platelets) {
          expect(p.value).toBeGreaterThanOrEqual(0);
          expect(p.value).toBeLessThanOrEqual(2000);
        }
        const allowed = new Set(["unit-unrecognised", "implausible-value", "duplicate", "no-value", "cancelled", "entered-in-error"]);
        expect(m.ledger.excluded.every((e) => allowed.has(e.reason))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
