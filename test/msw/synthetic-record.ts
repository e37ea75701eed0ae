/**
 * A deterministic synthetic patient for the fetch tests: N platelet counts (one every ~3.65 days over ten years
 * for N = 1,000), weights, heights, liver tests, medications in three resource types (one Medication reachable only
 * by reference, not by _include), conditions and a procedure; plus resources of another patient that must not leak.
 * Values are shapes for transport tests, not clinical scenarios (those live in test/fixtures/scenarios/).
 */
import type { Resource } from "./fake-fhir-server.ts";

const LOINC = "http://loinc.org";
const DAY_MS = 86_400_000;
const START = Date.UTC(2016, 10, 20);

const lab = { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" }] };
const vitals = { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "vital-signs" }] };

function obs(id: string, patientId: string, code: string, category: unknown, when: number, value: number, unit: string): Resource {
  return {
    resourceType: "Observation",
    id,
    status: "final",
    category: [category],
    code: { coding: [{ system: LOINC, code }] },
    subject: { reference: `Patient/${patientId}` },
    effectiveDateTime: new Date(when).toISOString(),
    valueQuantity: { value, unit, system: "http://unitsofmeasure.org", code: unit },
  };
}

/**
 * @param patientId - Patient.id
 * @param plateletCount - number of platelet Observations (1,000 for the ten-year patient)
 * @returns the patient's resources and, separately, another patient's
 */
export function syntheticRecord(patientId: string, plateletCount: number): { mine: Resource[]; others: Resource[] } {
  const step = (3650 * DAY_MS) / Math.max(1, plateletCount);
  const codes = ["777-3", "26515-7", "778-1", "49497-1", "13056-7"];
  const platelets = Array.from({ length: plateletCount }, (_, i) =>
    obs(`plt-${i}`, patientId, codes[i % codes.length] ?? "777-3", lab, START + i * step, 20 + (i % 80), "10*9/L"),
  );
  const weights = Array.from({ length: 20 }, (_, i) => obs(`wt-${i}`, patientId, i % 2 ? "29463-7" : "3141-9", vitals, START + i * 180 * DAY_MS, 70, "kg"));
  const heights = [obs("ht-0", patientId, "8302-2", vitals, START, 170, "cm"), obs("ht-1", patientId, "8306-3", vitals, START + DAY_MS, 170, "cm")];
  const liver = ["1742-6", "1743-4", "1920-8", "1975-2", "1968-7"].map((c, i) => obs(`lv-${i}`, patientId, c, lab, START + i * DAY_MS, 20, "U/L"));
  const otherLab = obs("hb-0", patientId, "718-7", lab, START, 13, "g/dL");
  const subject = { reference: `Patient/${patientId}` };
  const mine: Resource[] = [
    { resourceType: "Patient", id: patientId, name: [{ family: "Synthetic", given: ["Ten-Year"] }], birthDate: "1970-01-01", gender: "female" },
    ...platelets,
    ...weights,
    ...heights,
    ...liver,
    otherLab,
    { resourceType: "Medication", id: "med-romiplostim", code: { text: "romiplostim" } },
    { resourceType: "Medication", id: "med-admin-only", code: { text: "immune globulin" } },
    { resourceType: "MedicationRequest", id: "mr-1", status: "active", intent: "order", subject, medicationReference: { reference: "Medication/med-romiplostim" }, authoredOn: "2024-01-01" },
    { resourceType: "MedicationStatement", id: "ms-1", status: "completed", subject, medicationCodeableConcept: { text: "prednisone" } },
    { resourceType: "MedicationAdministration", id: "ma-1", status: "completed", subject, medicationReference: { reference: "Medication/med-admin-only" }, effectiveDateTime: "2023-05-01" },
    { resourceType: "Condition", id: "cond-1", subject, code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "D69.3" }] } },
    { resourceType: "Procedure", id: "proc-1", status: "completed", subject, code: { coding: [{ system: "http://snomed.info/sct", code: "234319005" }] } },
  ];
  const others: Resource[] = [
    { resourceType: "Patient", id: "someone-else" },
    obs("other-plt", "someone-else", "777-3", lab, START, 300, "10*9/L"),
    { resourceType: "Condition", id: "other-cond", subject: { reference: "Patient/someone-else" }, code: { text: "x" } },
  ];
  return { mine, others };
}

/** The resources fetchPatientRecord should return: everything of the patient except Observations it does not ask for. */
export function expectedFetch(mine: readonly Resource[]): Resource[] {
  return mine.filter((r) => r.id !== "hb-0");
}

/** Sort key for comparing sets of resources regardless of arrival order. */
export const byTypeAndId = (a: unknown, b: unknown): number => {
  const key = (r: unknown): string => `${(r as Resource).resourceType}/${(r as Resource).id}`;
  return key(a).localeCompare(key(b));
};
