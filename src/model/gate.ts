/**
 * The checks every resource passes before its type's normaliser sees it: shape, duplicate id, whose record,
 * entered-in-error (docs/decisions/0005-normaliser-policies.md). Returns the exclusion, or undefined to go on.
 */
import type { ExclusionReason } from "../contract/evaluation.ts";
import { asRecord, asString, statusCode } from "./fhir-read.ts";
import type { ReadItem } from "./ledger.ts";
import type { ResourceIndex } from "./resource-index.ts";
import { subjectOf, type Target } from "./subject.ts";

/** Types that are about one patient and must name them; without a subject they are accepted only in a one-patient input. */
const PATIENT_SCOPED = new Set([
  "Observation", "Condition", "Procedure", "MedicationRequest", "MedicationStatement", "MedicationAdministration", "MedicationDispense", "DiagnosticReport",
]);

/** Required fields whose absence or wrong shape makes a resource malformed (FHIR R4 cardinality 1..1). */
function shapeProblem(r: Record<string, unknown>): string | undefined {
  const type = r["resourceType"];
  if (type === "Observation" && asRecord(r["code"]) === undefined) {
    return "Observation.code missing or not an object";
  }
  if ((type === "MedicationRequest" || type === "MedicationStatement" || type === "MedicationAdministration") &&
    asRecord(r["medicationCodeableConcept"]) === undefined && asRecord(r["medicationReference"]) === undefined) {
    return `${String(type)}.medication[x] missing or not an object`;
  }
  if (r["status"] !== undefined && typeof r["status"] !== "string") {
    return "status is not a string";
  }
  return undefined;
}

export type GateVerdict = { readonly reason: ExclusionReason; readonly detail: string } | undefined;

/**
 * @param item - the resource read
 * @param index - lookup of all items (the first item with a Type/id owns it)
 * @param target - the patient whose record is being built
 */
export function gate(item: ReadItem, index: ResourceIndex, target: Target): GateVerdict {
  const r = item.resource;
  if (r === undefined) {
    return { reason: "malformed", detail: "not a JSON object" };
  }
  const type = asString(r["resourceType"]);
  if (type === undefined) {
    return { reason: "malformed", detail: "no resourceType" };
  }
  if (type === "Bundle") {
    return { reason: "malformed", detail: "Bundle nested too deep" };
  }
  const id = r["id"];
  if (id !== undefined && typeof id !== "string") {
    return { reason: "malformed", detail: "id is not a string" };
  }
  const shape = shapeProblem(r);
  if (shape !== undefined) {
    return { reason: "malformed", detail: shape };
  }
  if (id !== undefined && index.item(`${type}/${id}`) !== item) {
    return { reason: "duplicate", detail: `${type}/${id} read more than once; the first copy is used` };
  }
  if (type === "Patient") {
    return id === target.id ? undefined : { reason: "other-patient", detail: `Patient/${String(id)} is not the patient evaluated` };
  }
  const subject = subjectOf(r, index);
  if (subject.kind === "patient" && subject.id !== target.id) {
    return { reason: "other-patient", detail: `about Patient/${subject.id}` };
  }
  if (subject.kind === "other") {
    return { reason: "not-relevant", detail: `subject ${subject.ref} is not a Patient` };
  }
  if (subject.kind === "none" && target.multiPatient && PATIENT_SCOPED.has(type)) {
    return { reason: "other-patient", detail: "no subject, and the input holds several patients" };
  }
  if (r["status"] === "entered-in-error" || statusCode(r["verificationStatus"]) === "entered-in-error") {
    return { reason: "entered-in-error", detail: "entered-in-error" };
  }
  return undefined;
}
