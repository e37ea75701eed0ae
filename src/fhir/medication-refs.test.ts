import { describe, expect, it } from "vitest";
import { missingMedicationIds } from "./medication-refs.ts";

const BASE = "https://ehr.example/fhir";
const mr = (reference: string) => ({ resourceType: "MedicationRequest", medicationReference: { reference } });

describe("missingMedicationIds", () => {
  it.each([
    ["relative reference", [mr("Medication/m1")], ["m1"]],
    ["absolute reference on this server", [mr(`${BASE}/Medication/m1`)], ["m1"]],
    ["versioned reference", [mr("Medication/m1/_history/3")], ["m1"]],
    ["already included", [mr("Medication/m1"), { resourceType: "Medication", id: "m1" }], []],
    ["contained", [mr("#med")], []],
    ["another server", [mr("https://other.example/fhir/Medication/m1")], []],
    ["de-duplicated, first-seen order", [mr("Medication/b"), mr("Medication/a"), mr("Medication/b")], ["b", "a"]],
    ["codeable concept only", [{ resourceType: "MedicationRequest", medicationCodeableConcept: { text: "x" } }], []],
    ["junk", [null, 1, "x", { medicationReference: { reference: 5 } }], []],
  ])("%s", (_name, resources, ids) => {
    expect(missingMedicationIds(resources, BASE)).toEqual(ids);
  });
});
