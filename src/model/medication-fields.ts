/**
 * Reading MedicationRequest / MedicationStatement / MedicationAdministration fields: status, period, dose,
 * route, frequency, intolerance (https://hl7.org/fhir/R4/medicationrequest.html and siblings).
 */
import type { ExclusionReason } from "../contract/evaluation.ts";
import { addDays, periodDate, validDate } from "./dates.ts";
import { asArray, asNumber, asRecord, asString, conceptLabel, conceptTexts, containsPhrase, type Json } from "./fhir-read.ts";
import type { DoseRecord } from "./patient-model.ts";
import { doseUnit, unitCandidates } from "./units.ts";

export type ExposureKind = "request" | "statement" | "administration";

export const EXPOSURE_KINDS: Readonly<Record<string, ExposureKind>> = {
  MedicationRequest: "request",
  MedicationStatement: "statement",
  MedicationAdministration: "administration",
};

/** Statuses that mean the medication is still being taken or given (ongoing judged from status only). */
const ONGOING = new Set(["active", "on-hold", "in-progress"]);

/** Why a medication resource is not an exposure, or undefined when it is one. */
export function exposureExclusion(kind: ExposureKind, r: Json): { reason: ExclusionReason; detail: string } | undefined {
  const status = asString(r["status"])?.trim();
  if (status === "cancelled") {
    return { reason: "cancelled", detail: "status cancelled" };
  }
  if (status === "not-taken" || status === "not-done") {
    return { reason: "not-done", detail: `status ${status}` };
  }
  if (kind === "statement" && status === "intended") {
    return { reason: "not-done", detail: "status intended: not yet taken" };
  }
  if (kind === "request" && status === "draft") {
    return { reason: "not-done", detail: "status draft: never activated" };
  }
  const intent = asString(r["intent"])?.trim();
  if (kind === "request" && (intent === "proposal" || intent === "option")) {
    return { reason: "not-done", detail: `intent ${intent}: not an order` };
  }
  if (r["doNotPerform"] === true) {
    return { reason: "not-done", detail: "doNotPerform" };
  }
  return undefined;
}

/** The status says the medication is still being taken or given (active, on-hold, in-progress). */
export function isOngoingStatus(status: string): boolean {
  return ONGOING.has(status.trim());
}

function firstDosage(kind: ExposureKind, r: Json): Json | undefined {
  if (kind === "administration") {
    return asRecord(r["dosage"]);
  }
  return asRecord(asArray(kind === "request" ? r["dosageInstruction"] : r["dosage"])[0]);
}

const DURATION_DAYS: Readonly<Record<string, number>> = { d: 1, wk: 7, mo: 30, a: 365 };

/**
 * Start and end of the exposure as the resource states them (null when not stated; never guessed).
 * Request: boundsPeriod, else boundsDuration from the start, else dispenseRequest.validityPeriod, else authoredOn (start only).
 */
export function exposurePeriod(kind: ExposureKind, r: Json): { start: string | null; end: string | null } {
  if (kind === "administration") {
    const start = validDate(r["effectiveDateTime"]) ?? periodDate(r["effectivePeriod"], "start") ?? null;
    return { start, end: periodDate(r["effectivePeriod"], "end") ?? start };
  }
  if (kind === "statement") {
    return {
      start: validDate(r["effectiveDateTime"]) ?? periodDate(r["effectivePeriod"], "start") ?? null,
      end: periodDate(r["effectivePeriod"], "end") ?? null,
    };
  }
  const repeat = asRecord(asRecord(firstDosage(kind, r)?.["timing"])?.["repeat"]);
  const validity = asRecord(r["dispenseRequest"])?.["validityPeriod"];
  const start = periodDate(repeat?.["boundsPeriod"], "start") ?? periodDate(validity, "start") ?? validDate(r["authoredOn"]) ?? null;
  const bounds = asRecord(repeat?.["boundsDuration"]);
  const days = asNumber(bounds?.["value"]);
  const per = DURATION_DAYS[asString(bounds?.["code"]) ?? asString(bounds?.["unit"]) ?? ""];
  const fromDuration = start !== null && days !== undefined && per !== undefined ? addDays(start, days * per - 1) : undefined;
  // The validity period's end stands in for the end of a request that states no dosing bounds (decision 0005).
  return { start, end: periodDate(repeat?.["boundsPeriod"], "end") ?? fromDuration ?? periodDate(validity, "end") ?? null };
}

/** The dose in UCUM units (mcg -> ug); null when absent or in a unit that is not a recognised dose unit. */
export function exposureDose(kind: ExposureKind, r: Json, date: string | null, source: string): DoseRecord | null {
  const dosage = firstDosage(kind, r);
  const q = kind === "administration" ? asRecord(dosage?.["dose"]) : asRecord(asRecord(asArray(dosage?.["doseAndRate"])[0])?.["doseQuantity"]);
  const value = asNumber(q?.["value"]);
  const unit = doseUnit(unitCandidates(q));
  return date === null || value === undefined || unit === undefined ? null : { date, value, unit, source };
}

export function exposureRoute(kind: ExposureKind, r: Json): string | null {
  return conceptLabel(firstDosage(kind, r)?.["route"]);
}

/** Timing.code's label, else "N per P unit" from Timing.repeat, else null. */
export function exposureFrequency(kind: ExposureKind, r: Json): string | null {
  const timing = asRecord(firstDosage(kind, r)?.["timing"]);
  const code = conceptLabel(timing?.["code"]);
  if (code !== null) {
    return code;
  }
  const repeat = asRecord(timing?.["repeat"]);
  const freq = asNumber(repeat?.["frequency"]);
  const period = asNumber(repeat?.["period"]);
  const unit = asString(repeat?.["periodUnit"]);
  return freq !== undefined && period !== undefined && unit !== undefined ? `${freq} per ${period} ${unit}` : null;
}

const INTOLERANCE = ["intolerance", "intolerant", "not tolerated", "toxicity", "adverse reaction", "adverse event", "side effect", "side effects", "hepatotoxicity", "allergic reaction"];

/** statusReason (or a note) says the drug was stopped for intolerance or toxicity (refractory-itp.md section 1). */
export function stoppedForIntolerance(r: Json): boolean {
  const texts = [...asArray(r["statusReason"]).flatMap((c) => conceptTexts(c)), ...asArray(r["note"]).flatMap((n) => asString(asRecord(n)?.["text"]) ?? [])];
  return texts.some((t) => INTOLERANCE.some((p) => containsPhrase(t, p)) && !/\b(no|without|denies)\s+(\w+\s+){0,2}(intoleran|toxicit|adverse|side)/i.test(t));
}
