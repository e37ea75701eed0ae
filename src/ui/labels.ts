/**
 * Display words for the contract's codes (shared/spec/evaluation.md). Lookup tables only:
 * the UI never derives a clinical status itself, it names the one the evaluation gives.
 */
import type { Evaluation, ExclusionReason, MonitoringCode, OrderAction } from "../contract/evaluation.ts";

type Assessment = Evaluation["assessment"];

export const PHASE_LABELS: Record<Assessment["phase"], string> = {
  "newly-diagnosed": "Newly diagnosed (< 3 months)",
  persistent: "Persistent (3-12 months)",
  chronic: "Chronic (> 12 months)",
  unknown: "Phase unknown",
};

export const REFRACTORY_LABELS: Record<Assessment["refractoryStatus"], string> = {
  "not-refractory": "Not refractory",
  refractory: "Refractory",
  multirefractory: "Multirefractory",
  "insufficient-data": "Refractory status: insufficient data",
};

export const DIAGNOSIS_LABELS: Record<Assessment["diagnosis"], string> = {
  "primary-itp": "Primary ITP",
  "secondary-itp": "Secondary ITP",
  "thrombocytopenia-unspecified": "Thrombocytopenia, unspecified",
  none: "No ITP diagnosis",
};

export const RESPONSE_LABELS: Record<Assessment["therapies"][number]["response"], string> = {
  "complete-response": "Complete response",
  response: "Response",
  "no-response": "No response",
  "not-evaluable": "Not evaluable",
};

export const ACTION_LABELS: Record<OrderAction, string> = {
  start: "Start",
  increase: "Increase",
  decrease: "Decrease",
  continue: "Continue",
  hold: "Hold",
  stop: "Stop",
  taper: "Taper",
};

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  "entered-in-error": "Entered in error",
  cancelled: "Cancelled",
  "data-absent": "Value absent",
  "unit-unrecognised": "Unit not recognised",
  "implausible-value": "Implausible value",
  malformed: "Malformed resource",
  duplicate: "Duplicate",
  "not-relevant": "Not relevant to the pathway",
  "other-patient": "Another patient",
  "not-done": "Not done",
  "no-date": "No date",
  "no-value": "No value",
  superseded: "Superseded",
};

export const MONITORING_LABELS: Record<MonitoringCode, string> = {
  "platelet-count-weekly": "Platelet count weekly",
  "platelet-count-monthly": "Platelet count monthly",
  "platelet-count-after-discontinuation": "Platelet count after stopping",
  "platelet-count-twice-weekly": "Platelet count twice weekly",
  "liver-function": "Liver function",
  "blood-pressure": "Blood pressure",
  "hepatitis-b-screening": "Hepatitis B screening",
};

/** The unit as clinicians write it. */
export const PLATELET_UNIT = "×10⁹/L";

/** "2026-11-10" from a date or dateTime (ISO, unambiguous across locales). */
export function shortDate(iso: string | null | undefined): string {
  return iso === null || iso === undefined || iso === "" ? "date unknown" : iso.slice(0, 10);
}

/** "58 y" or "age unknown". */
export function ageText(age: number | null): string {
  return age === null ? "age unknown" : `${age} y`;
}

/** The time of day of a dateTime with its zone ("08:00 UTC", "08:00 +02:00"); "" for a plain date. */
export function timeText(iso: string): string {
  const m = /T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (m === null) {
    return "";
  }
  const zone = m[2] === undefined ? "" : ` ${m[2] === "Z" ? "UTC" : m[2]}`;
  return `${m[1]}${zone}`;
}

/**
 * Why a resource type could not be read, without repeating the type ("Procedure: HTTP 403 ..." under "Procedure").
 * @example unavailableReason("Procedure", "Procedure: HTTP 403 forbidden") -> "HTTP 403 forbidden"
 */
export function unavailableReason(resourceType: string, reason: string): string {
  return reason.startsWith(`${resourceType}: `) ? reason.slice(resourceType.length + 2) : reason;
}
