/**
 * Resource types the EHR could not give (the model's `unavailable` list, filled by src/fhir/fetch-spec.ts) and the
 * premises of the pathway that rest on them. A "not yet tried" or "none tried" premise is never stated as fact when
 * the records that would show the trial are missing (docs/decisions/0010-pathway-open-questions.md, item 30;
 * docs/clinical-logic.md, "Unreadable resource types").
 */
import type { RecommendationCode } from "../contract/evaluation.ts";
import type { PatientModel } from "../model/patient-model.ts";

/** What a resource type (or Observation family) holds for the pathway. */
export type GapSource = "procedures" | "medications" | "conditions" | "platelets" | "vitals" | "liver" | "observations" | "patient" | "other";

export interface DataGap {
  readonly source: GapSource;
  readonly resourceType: string;
  /** Plural noun for the text: "procedures", "medication orders"... */
  readonly label: string;
  /** The failure without the query key the fetch layer prefixes ("HTTP 403: Forbidden"). */
  readonly detail: string;
  /** "HTTP 403", or null when the failure had no status (network error...). */
  readonly status: string | null;
}

const MEDICATION_LABELS: Record<string, string> = {
  MedicationRequest: "medication orders",
  MedicationStatement: "medication statements",
  MedicationAdministration: "medication administrations",
  Medication: "medication definitions (referenced Medication resources)",
};
const OBSERVATION_FAMILIES: Record<string, [GapSource, string]> = {
  platelets: ["platelets", "platelet counts"],
  vitals: ["vitals", "weights and heights"],
  liver: ["liver", "liver tests"],
};

/**
 * The premises each recommendation rests on (task map: procedures for splenectomy and HSCT; every medication type
 * for agent-based "not yet tried", "none tried" and failed-line judgements; Condition for the diagnosis, secondary
 * causes and bleeding; Observation for counts, weight and liver tests).
 */
export const RECOMMENDATION_PREMISES: Record<RecommendationCode, readonly GapSource[]> = {
  "emergency-management": ["conditions", "platelets"],
  "reevaluate-diagnosis": ["conditions"],
  "discuss-goals-of-care": ["platelets"],
  "start-tpo-ra": ["medications", "platelets", "vitals"],
  "adjust-tpo-ra-dose": ["medications", "platelets", "vitals", "liver"],
  "discontinue-tpo-ra": ["medications", "platelets"],
  "switch-tpo-ra": ["medications", "platelets", "vitals"],
  "combination-immunosuppressant-tpo-ra": ["medications", "platelets"],
  "combination-chemotherapy": ["medications", "platelets"],
  alemtuzumab: ["medications", "platelets"],
  hsct: ["procedures", "medications", "platelets", "conditions"],
  "consider-rituximab": ["medications", "vitals"],
  "consider-fostamatinib": ["medications"],
  "consider-splenectomy": ["procedures", "conditions"],
  "consider-avatrombopag": ["medications"],
  "consider-rilzabrutinib": ["medications"],
  "stop-not-recommended-therapy": ["medications"],
};

/** Sources whose absence can hide a failed second-line therapy (refractory status, notes section 1). */
export const SECOND_LINE_EVIDENCE: readonly GapSource[] = ["procedures", "medications", "platelets", "observations"];

function classify(resourceType: string, key: string | null): [GapSource, string] {
  if (resourceType === "Procedure") return ["procedures", "procedures"];
  const med = MEDICATION_LABELS[resourceType];
  if (med !== undefined) return ["medications", med];
  if (resourceType === "Condition") return ["conditions", "conditions (problem list)"];
  if (resourceType === "Patient") return ["patient", "patient demographics"];
  if (resourceType === "Observation") return OBSERVATION_FAMILIES[key ?? ""] ?? ["observations", "observations (counts, weights, liver tests)"];
  return ["other", `${resourceType} resources`];
}

/**
 * @param u - one `unavailable` entry; its reason is "<query key>: HTTP <status> <outcome>" (fetch-spec.ts reasonFor)
 * @returns the gap, with the query key removed from the detail
 */
export function dataGap(u: { resourceType: string; reason: string }): DataGap {
  const m = /^([A-Za-z]+)(?::([A-Za-z-]+))?: (.*)$/s.exec(u.reason);
  const keyed = m !== null && m[1] === u.resourceType;
  const key = keyed ? (m[2] ?? null) : null;
  const raw = (keyed ? (m[3] ?? "") : u.reason).trim();
  const http = /^HTTP (\d{3})\b\s*(.*)$/s.exec(raw);
  const rest = http?.[2] ?? "";
  const detail = http ? `HTTP ${http[1]}${rest === "" ? "" : rest.startsWith("(") ? ` ${rest}` : `: ${rest}`}` : raw;
  const status = http ? `HTTP ${http[1]}` : /^\d{3}$/.test(raw) ? `HTTP ${raw}` : null;
  const [source, label] = classify(u.resourceType, key);
  return { source, resourceType: u.resourceType, label, detail: detail || "no reason given", status };
}

/** @returns the model's unreadable resource types as gaps, in the order the fetch layer listed them */
export function dataGaps(model: PatientModel): DataGap[] {
  return model.unavailable.map(dataGap);
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/**
 * "The records of medication orders and medication administrations could not be read from the EHR (HTTP 403; HTTP 404)".
 * @param gaps - the gaps of one source
 */
export function couldNotBeRead(gaps: readonly DataGap[]): string {
  const statuses = [...new Set(gaps.map((g) => g.status).filter((s): s is string => s !== null))];
  const why = statuses.length > 0 ? ` (${statuses.join("; ")})` : "";
  const noun = gaps.length === 1 ? "record" : "records";
  return `The ${noun} of ${joinAnd(gaps.map((g) => g.label))} could not be read from the EHR${why}`;
}

/** The gaps that touch one of the sources. */
export function gapsOf(gaps: readonly DataGap[], ...sources: readonly GapSource[]): DataGap[] {
  return gaps.filter((g) => sources.includes(g.source));
}
