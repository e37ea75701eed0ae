/**
 * Small FHIR R4 resource builders for the normaliser's tests (fixed values, no randomness).
 */
export const PID = "p1";
export const SUBJECT = { reference: `Patient/${PID}` };

export function patient(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { resourceType: "Patient", id: PID, gender: "female", birthDate: "1970-01-02", name: [{ given: ["Ada"], family: "Test" }], ...extra };
}

let counter = 0;
/** A fresh id per call, so tests do not collide. */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A platelet count Observation (LOINC 777-3) with a valueQuantity in UCUM 10*3/uL unless overridden. */
export function platelet(value: number, date = "2026-11-01T08:00:00Z", extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceType: "Observation", id: nextId("plt"), status: "final", subject: SUBJECT,
    code: { coding: [{ system: "http://loinc.org", code: "777-3", display: "Platelets [#/volume] in Blood by Automated count" }] },
    effectiveDateTime: date,
    valueQuantity: { value, unit: "10*3/uL", system: "http://unitsofmeasure.org", code: "10*3/uL" },
    ...extra,
  };
}

export function observation(loinc: string, value: number, unit: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceType: "Observation", id: nextId("obs"), status: "final", subject: SUBJECT,
    code: { coding: [{ system: "http://loinc.org", code: loinc }] }, effectiveDateTime: "2026-10-01",
    valueQuantity: { value, unit, system: "http://unitsofmeasure.org", code: unit }, ...extra,
  };
}

export function condition(code: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { resourceType: "Condition", id: nextId("cond"), subject: SUBJECT, code, onsetDateTime: "2024-01-10", ...extra };
}

export function icd10(code: string, display = code): Record<string, unknown> {
  return { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code, display }] };
}

export function sct(code: string, display = code): Record<string, unknown> {
  return { coding: [{ system: "http://snomed.info/sct", code, display }] };
}

export function medRequest(medication: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { resourceType: "MedicationRequest", id: nextId("mr"), status: "active", intent: "order", subject: SUBJECT, authoredOn: "2026-06-01", ...medication, ...extra };
}

export function medAdmin(medication: Record<string, unknown>, date: string, dose?: { value: number; unit: string }, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceType: "MedicationAdministration", id: nextId("ma"), status: "completed", subject: SUBJECT, effectiveDateTime: date, ...medication,
    ...(dose === undefined ? {} : { dosage: { dose: { value: dose.value, unit: dose.unit, system: "http://unitsofmeasure.org", code: dose.unit } } }), ...extra,
  };
}

export const text = (t: string): Record<string, unknown> => ({ medicationCodeableConcept: { text: t } });
export const coded = (system: string, code: string, display?: string): Record<string, unknown> => ({
  medicationCodeableConcept: { coding: [{ system, code, ...(display === undefined ? {} : { display }) }] },
});
