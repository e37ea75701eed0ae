/**
 * Reading an Observation's status, date and value (https://hl7.org/fhir/R4/observation.html), without guessing.
 */
import type { ExclusionReason } from "../contract/evaluation.ts";
import { periodDate, validDate } from "./dates.ts";
import { asArray, asNumber, asRecord, asString, type Json } from "./fhir-read.ts";
import { unitCandidates } from "./units.ts";

export type Comparator = "<" | "<=" | ">" | ">=";
const COMPARATORS: readonly string[] = ["<", "<=", ">", ">="];

export type StatusVerdict = { readonly use: true; readonly preliminary: boolean; readonly status: string } | { readonly use: false; readonly reason: ExclusionReason; readonly detail: string };

/**
 * Observation.status rules: final/amended/corrected used; preliminary used and marked; entered-in-error and
 * cancelled excluded; registered excluded `no-value` (no result yet); absent or unknown used as "unknown".
 */
export function observationStatus(resource: Json): StatusVerdict {
  const status = asString(resource["status"])?.trim() ?? "unknown";
  switch (status) {
    case "entered-in-error":
      return { use: false, reason: "entered-in-error", detail: "status entered-in-error" };
    case "cancelled":
      return { use: false, reason: "cancelled", detail: "status cancelled" };
    case "registered":
      return { use: false, reason: "no-value", detail: "status registered: no result yet" };
    case "preliminary":
      return { use: true, preliminary: true, status };
    default:
      return { use: true, preliminary: false, status };
  }
}

/** effectiveDateTime, effectivePeriod.start, effectiveInstant, then issued; undefined when none is a valid date. */
export function observationDate(resource: Json): string | undefined {
  return (
    validDate(resource["effectiveDateTime"]) ??
    periodDate(resource["effectivePeriod"], "start") ??
    validDate(resource["effectiveInstant"]) ??
    validDate(resource["issued"])
  );
}

export type ReadValue =
  | { readonly ok: true; readonly value: number; readonly original: number | string; readonly comparator: Comparator | null; readonly units: string[]; readonly originalUnit: string | null }
  | { readonly ok: false; readonly reason: ExclusionReason; readonly detail: string };

const NUMBER_STRING = /^\s*(<=|>=|<|>)?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)\s*(.*?)\s*$/;

/**
 * The numeric value: valueQuantity (with comparator), valueInteger, or a valueString such as "45", "<10",
 * "45 K/uL" or "200000 platelets/uL". A value without a unit takes the unit of its referenceRange, if any.
 */
export function observationValue(resource: Json): ReadValue {
  if (resource["dataAbsentReason"] !== undefined) {
    return { ok: false, reason: "data-absent", detail: "dataAbsentReason present" };
  }
  const rangeUnits = referenceRangeUnits(resource);
  const vq = resource["valueQuantity"];
  if (vq !== undefined) {
    const q = asRecord(vq);
    const value = asNumber(q?.["value"]);
    if (q === undefined || value === undefined) {
      return { ok: false, reason: q === undefined ? "malformed" : "no-value", detail: "valueQuantity without a numeric value" };
    }
    const comp = asString(q["comparator"]);
    const units = unitCandidates(q);
    return {
      ok: true, value, original: value, comparator: comp !== undefined && COMPARATORS.includes(comp) ? (comp as Comparator) : null,
      units: units.length > 0 ? units : rangeUnits, originalUnit: asString(q["unit"]) ?? asString(q["code"]) ?? null,
    };
  }
  const vi = asNumber(resource["valueInteger"]);
  if (vi !== undefined) {
    return { ok: true, value: vi, original: vi, comparator: null, units: rangeUnits, originalUnit: null };
  }
  const vs = asString(resource["valueString"]);
  if (vs !== undefined) {
    const m = NUMBER_STRING.exec(vs);
    if (m?.[2] === undefined) {
      return { ok: false, reason: "no-value", detail: `valueString "${vs.slice(0, 40)}" is not a number` };
    }
    const unitText = (m[3] ?? "").replace(/\s+/g, " ").replace(/^platelets?\s*\//i, "platelets/");
    return {
      ok: true, value: Number.parseFloat(m[2].replace(/,/g, "")), original: vs, comparator: (m[1] as Comparator | undefined) ?? null,
      units: unitText === "" ? rangeUnits : [unitText], originalUnit: unitText === "" ? null : unitText,
    };
  }
  return { ok: false, reason: "no-value", detail: "no numeric value" };
}

function referenceRangeUnits(resource: Json): string[] {
  const range = asRecord(asArray(resource["referenceRange"])[0]);
  return [...new Set([...unitCandidates(range?.["low"]), ...unitCandidates(range?.["high"])])];
}

/** referenceRange[0].high.value when its unit matches the value's (or it has none); else null (never defaulted). */
export function upperLimit(resource: Json, valueUnits: readonly string[]): number | null {
  const high = asRecord(asRecord(asArray(resource["referenceRange"])[0])?.["high"]);
  const value = asNumber(high?.["value"]);
  if (value === undefined) {
    return null;
  }
  const units = unitCandidates(high);
  return units.length === 0 || units.some((u) => valueUnits.includes(u)) ? value : null;
}
