/**
 * Whose record is it: the target patient, and whether a resource's subject is that patient
 * (docs/decisions/0005-normaliser-policies.md, "Patient selection").
 */
import { asRecord, asString, referenceOf, type Json } from "./fhir-read.ts";
import type { ReadItem } from "./ledger.ts";
import { typeAndId, type ResourceIndex } from "./resource-index.ts";

/** Resource fields that name the patient a resource is about. */
const SUBJECT_FIELDS = ["subject", "patient", "beneficiary"] as const;

export type SubjectVerdict = { readonly kind: "patient"; readonly id: string } | { readonly kind: "other"; readonly ref: string } | { readonly kind: "none" };

/**
 * The patient a resource is about, read from `subject` / `patient` / `beneficiary`.
 * A `urn:uuid:` reference resolves through the Bundle's fullUrl to the Patient it names.
 */
export function subjectOf(resource: Json, index: ResourceIndex): SubjectVerdict {
  for (const field of SUBJECT_FIELDS) {
    const ref = referenceOf(resource[field]);
    if (ref === undefined) {
      continue;
    }
    const target = index.item(ref);
    const type = asString(target?.resource?.["resourceType"]);
    const id = asString(target?.resource?.["id"]);
    if (type === "Patient" && id !== undefined) {
      return { kind: "patient", id };
    }
    const ti = typeAndId(ref);
    if (ti !== undefined) {
      return ti.type === "Patient" ? { kind: "patient", id: ti.id } : { kind: "other", ref };
    }
    if (ref.startsWith("urn:uuid:")) {
      return { kind: "patient", id: ref.slice("urn:uuid:".length) };
    }
    return { kind: "other", ref };
  }
  return { kind: "none" };
}

export interface Target {
  readonly id: string | undefined;
  /** How the target was chosen, for the decision record and tests. */
  readonly how: "given" | "single-patient" | "first-patient" | "first-subject" | "none";
  /** The input holds Patient resources for more than one id. */
  readonly multiPatient: boolean;
}

/**
 * Choose the patient: `patientId` when given; else the only Patient; else the first Patient in input order;
 * else the first patient named as a subject; else none.
 */
export function chooseTarget(items: readonly ReadItem[], index: ResourceIndex, patientId: string | undefined): Target {
  const patientIds = [...new Set(items.flatMap((i) => (i.resource?.["resourceType"] === "Patient" ? [asString(i.resource["id"])] : [])).filter((x): x is string => x !== undefined))];
  const multiPatient = patientIds.length > 1;
  if (patientId !== undefined) {
    return { id: patientId, how: "given", multiPatient };
  }
  if (patientIds.length >= 1) {
    return { id: patientIds[0], how: patientIds.length === 1 ? "single-patient" : "first-patient", multiPatient };
  }
  for (const item of items) {
    const r = asRecord(item.resource);
    const s = r === undefined ? undefined : subjectOf(r, index);
    if (s?.kind === "patient") {
      return { id: s.id, how: "first-subject", multiPatient };
    }
  }
  return { id: undefined, how: "none", multiPatient };
}
