import { parseDateRange, type Range } from "./date-range.ts";
import type { Res, TokenValue } from "./types.ts";

/**
 * The search parameters this sandbox supports, per resource type, with how each reads its value.
 * Names and paths follow the R4 SearchParameter registry: https://hl7.org/fhir/R4/searchparameter-registry.html
 * Anything not listed is "unknown" and rejected (400) unless the client sends `Prefer: handling=lenient`.
 */
export type ParamDef =
  | { kind: "token"; values: (r: Res) => TokenValue[] }
  | { kind: "date"; range: (r: Res) => Range | undefined }
  | { kind: "reference"; refs: (r: Res) => string[]; target?: string }
  | { kind: "string"; strings: (r: Res) => string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Token values of a CodeableConcept, Coding, code string, Identifier, or a list of them. */
export function tokensOf(v: unknown): TokenValue[] {
  const out: TokenValue[] = [];
  for (const item of arr(v)) {
    if (typeof item === "string") out.push({ code: item });
    else if (isObj(item)) {
      if (Array.isArray(item.coding)) out.push(...tokensOf(item.coding));
      else if (typeof item.code === "string") out.push(tokenOf(item.system, item.code));
      else if (typeof item.value === "string") out.push(tokenOf(item.system, item.value));
    }
  }
  return out;
}

function tokenOf(system: unknown, code: string): TokenValue {
  return typeof system === "string" ? { system, code } : { code };
}

/** The range of the first of the named choice elements present (dateTime, instant, date or Period). */
export function rangeOfChoice(r: Res, names: string[]): Range | undefined {
  for (const n of names) {
    const v = r[n];
    if (typeof v === "string") return parseDateRange(v);
    if (isObj(v) && (typeof v.start === "string" || typeof v.end === "string")) {
      const s = typeof v.start === "string" ? parseDateRange(v.start) : undefined;
      const e = typeof v.end === "string" ? parseDateRange(v.end) : undefined;
      return { start: s?.start ?? -8.64e15, end: e?.end ?? 8.64e15 };
    }
  }
  return undefined;
}

/** Reference strings at the named elements. */
export function refsOf(r: Res, names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    for (const item of arr(r[n])) if (isObj(item) && typeof item.reference === "string") out.push(item.reference);
  }
  return out;
}

const token = (...names: string[]): ParamDef => ({ kind: "token", values: (r) => names.flatMap((n) => tokensOf(r[n])) });
const date = (...names: string[]): ParamDef => ({ kind: "date", range: (r) => rangeOfChoice(r, names) });
const ref = (names: string[], target?: string): ParamDef =>
  target === undefined ? { kind: "reference", refs: (r) => refsOf(r, names) } : { kind: "reference", refs: (r) => refsOf(r, names), target };

const subjectParams = { patient: ref(["subject"], "Patient"), subject: ref(["subject"]) };
const medParams = { code: token("medicationCodeableConcept"), medication: ref(["medicationReference"], "Medication") };

const humanNames = (r: Res): string[] =>
  arr(r.name).flatMap((n) => (isObj(n) ? [n.text, n.family, ...arr(n.given)].filter((s): s is string => typeof s === "string") : []));

/** Type-specific parameters. */
export const TYPE_PARAMS: Record<string, Record<string, ParamDef>> = {
  Observation: { ...subjectParams, code: token("code"), category: token("category"), status: token("status"), date: date("effectiveDateTime", "effectivePeriod", "effectiveInstant") },
  Condition: {
    ...subjectParams, code: token("code"), category: token("category"), "clinical-status": token("clinicalStatus"),
    "verification-status": token("verificationStatus"), "onset-date": date("onsetDateTime", "onsetPeriod"), "recorded-date": date("recordedDate"),
  },
  Procedure: { ...subjectParams, code: token("code"), category: token("category"), status: token("status"), date: date("performedDateTime", "performedPeriod") },
  MedicationRequest: { ...subjectParams, ...medParams, status: token("status"), intent: token("intent"), category: token("category"), authoredon: date("authoredOn") },
  MedicationStatement: { ...subjectParams, ...medParams, status: token("status"), category: token("category"), effective: date("effectiveDateTime", "effectivePeriod") },
  MedicationAdministration: { ...subjectParams, ...medParams, status: token("status"), "effective-time": date("effectiveDateTime", "effectivePeriod") },
  MedicationDispense: { ...subjectParams, ...medParams, status: token("status"), whenhandedover: date("whenHandedOver") },
  DiagnosticReport: { ...subjectParams, code: token("code"), category: token("category"), status: token("status"), date: date("effectiveDateTime", "effectivePeriod") },
  AllergyIntolerance: { patient: ref(["patient"], "Patient"), code: token("code"), "clinical-status": token("clinicalStatus"), category: token("category") },
  Immunization: { patient: ref(["patient"], "Patient"), status: token("status"), "vaccine-code": token("vaccineCode"), date: date("occurrenceDateTime") },
  Encounter: { ...subjectParams, status: token("status"), class: token("class"), type: token("type"), date: date("period") },
  DocumentReference: { ...subjectParams, status: token("status"), category: token("category"), type: token("type"), date: date("date") },
  Patient: { identifier: token("identifier"), gender: token("gender"), birthdate: date("birthDate"), name: { kind: "string", strings: humanNames } },
  Practitioner: { identifier: token("identifier"), name: { kind: "string", strings: humanNames } },
  Medication: { code: token("code") },
};

/** Parameters every type has. */
export const COMMON_PARAMS: Record<string, ParamDef> = {
  _lastUpdated: { kind: "date", range: (r) => (isObj(r.meta) && typeof r.meta.lastUpdated === "string" ? parseDateRange(r.meta.lastUpdated) : undefined) },
};

const GENERIC_PATIENT: Record<string, ParamDef> = { patient: ref(["subject", "patient", "beneficiary"], "Patient"), subject: ref(["subject"]) };

/** The parameter definition for a type, or undefined when the sandbox does not support it. */
export function paramDef(type: string, name: string): ParamDef | undefined {
  return COMMON_PARAMS[name] ?? (TYPE_PARAMS[type] ?? GENERIC_PATIENT)[name];
}

/** Names of the supported parameters of a type (for the CapabilityStatement). */
export function paramNames(type: string): string[] {
  return ["_id", ...Object.keys(COMMON_PARAMS), ...Object.keys(TYPE_PARAMS[type] ?? GENERIC_PATIENT)];
}

/** Patient ids whose compartment holds the resource (the Patient itself, or subject/patient/beneficiary refs). */
export function compartmentOf(r: Res): string[] {
  if (r.resourceType === "Patient") return [r.id];
  const ids = new Set<string>();
  for (const ref of refsOf(r, ["subject", "patient", "beneficiary"])) {
    const p = refTarget(ref);
    if (p?.type === "Patient") ids.add(p.id);
  }
  return [...ids];
}

/** `Type/id` of a relative or absolute reference (history suffix dropped); undefined for contained/urn/logical. */
export function refTarget(ref: string): { type: string; id: string } | undefined {
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(ref);
  return m ? { type: m[1] as string, id: m[2] as string } : undefined;
}
