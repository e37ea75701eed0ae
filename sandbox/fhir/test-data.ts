import type { Res } from "./types.ts";

/** A small data set for search tests and the Medplum oracle (synthetic; codes only as search keys). */
const LOINC = "http://loinc.org";
const CAT = "http://terminology.hl7.org/CodeSystem/observation-category";
const obs = (id: string, patient: string, code: { system?: string; code: string }, extra: Record<string, unknown>): Res => ({
  resourceType: "Observation", id, status: "final", subject: { reference: `Patient/${patient}` }, code: { coding: [code] }, ...extra,
});
const lab = { category: [{ coding: [{ system: CAT, code: "laboratory" }] }] };
const vital = { category: [{ coding: [{ system: CAT, code: "vital-signs" }] }] };
const RX = "http://www.nlm.nih.gov/research/umls/rxnorm";

export const TEST_RESOURCES: Res[] = [
  { resourceType: "Patient", id: "p1", name: [{ family: "Alpha", given: ["Ann"] }], birthDate: "1970-05-01" },
  { resourceType: "Patient", id: "p2", name: [{ family: "Beta", given: ["Ben"] }], birthDate: "1980-01-01" },
  obs("o1", "p1", { system: LOINC, code: "777-3" }, { ...lab, effectiveDateTime: "2024-01-15T10:00:00Z" }),
  obs("o2", "p1", { system: LOINC, code: "777-3" }, { ...lab, effectiveDateTime: "2024-02-01" }),
  obs("o3", "p1", { system: LOINC, code: "26515-7" }, { ...lab, status: "amended", effectiveDateTime: "2024-03" }),
  obs("o4", "p1", { system: LOINC, code: "29463-7" }, { ...vital, effectivePeriod: { start: "2024-01-01T00:00:00Z", end: "2024-01-31T23:59:59Z" } }),
  obs("o5", "p2", { system: LOINC, code: "777-3" }, { ...lab, status: "preliminary", effectiveDateTime: "2023-12-31T23:30:00-05:00" }),
  obs("o6", "p2", { system: "http://example.org/lab", code: "PLT" }, {}),
  obs("o7", "p1", { code: "777-3" }, { ...lab, effectiveDateTime: "2024-06-01T09:00:00Z" }),
  obs("o8", "p2", { system: LOINC, code: "777-3" }, { ...lab, status: "cancelled", effectiveDateTime: "2025-06-10T08:00:00+02:00" }),
  { resourceType: "Medication", id: "med1", code: { coding: [{ system: RX, code: "1001" }] } },
  { resourceType: "MedicationRequest", id: "m1", status: "active", intent: "order", subject: { reference: "Patient/p1" }, medicationReference: { reference: "Medication/med1" }, authoredOn: "2024-05-01" },
  { resourceType: "MedicationRequest", id: "m2", status: "stopped", intent: "order", subject: { reference: "Patient/p1" }, medicationCodeableConcept: { coding: [{ system: RX, code: "1002" }] }, authoredOn: "2023-01-01" },
  { resourceType: "MedicationRequest", id: "m3", status: "active", intent: "order", subject: { reference: "Patient/p2" }, medicationCodeableConcept: { coding: [{ system: RX, code: "1001" }] }, authoredOn: "2024-05-01T12:00:00Z" },
  { resourceType: "MedicationRequest", id: "m4", status: "active", intent: "order", subject: { reference: "Patient/p1" }, medicationReference: { reference: "#c1" }, contained: [{ resourceType: "Medication", id: "c1" }], authoredOn: "2024-07-01" },
  { resourceType: "Condition", id: "c1", subject: { reference: "Patient/p1" }, clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }] }, code: { coding: [{ system: "http://snomed.info/sct", code: "100" }] }, onsetDateTime: "2020-03-01" },
  { resourceType: "Condition", id: "c2", subject: { reference: "Patient/p1" }, clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "resolved" }] }, code: { coding: [{ system: "http://snomed.info/sct", code: "200" }] }, onsetDateTime: "2019-01-01" },
];
