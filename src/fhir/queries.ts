/**
 * What the app reads, as data: one spec per FHIR request family. Codes come from the clinical
 * value sets in src/clinical (shared/clinical/codes.md, LOINC table); search syntax from
 * https://hl7.org/fhir/R4/search.html.
 */
import { LOINC } from "../clinical/codes.ts";
import { ALT, AST, BILIRUBIN_DIRECT, BILIRUBIN_TOTAL, BODY_HEIGHT, BODY_WEIGHT, PLATELET_COUNT } from "../clinical/value-sets.ts";

/** LOINC codes per measurement the model uses: taken from the clinical value sets, written once (codes.md "Observations"). */
export const OBSERVATION_CODES = {
  platelets: codesOf(PLATELET_COUNT),
  weight: codesOf(BODY_WEIGHT),
  height: codesOf(BODY_HEIGHT),
  liver: codesOf(ALT, AST, BILIRUBIN_TOTAL, BILIRUBIN_DIRECT),
} as const;

function codesOf(...sets: readonly (readonly { code: string }[])[]): readonly string[] {
  return sets.flat().map((e) => e.code);
}

/** One FHIR request family: a read or a search for the patient. */
export interface QuerySpec {
  /** Stable key for progress and the `unavailable` list: "Patient", "Observation:platelets"... */
  readonly key: string;
  readonly resourceType: string;
  readonly kind: "read" | "search";
  /** Search parameters besides `patient` (already encoded values are not expected: the builder encodes). */
  readonly params: readonly (readonly [string, string])[];
  /**
   * Observation category to add when the server refuses the search without one (Epic answers 400 with an
   * OperationOutcome naming `category`). See https://fhir.epic.com/Specifications?api=10060 (Observation.Search).
   */
  readonly categoryFallback?: "laboratory" | "vital-signs";
}

/** Page size asked of every search: fewer round trips on long histories (servers may cap it; paging continues). */
const PAGE: [string, string] = ["_count", "1000"];

const tokens = (codes: readonly string[]): string => codes.map((c) => `${LOINC}|${c}`).join(",");

function observation(key: string, codes: readonly string[], category: "laboratory" | "vital-signs", sort: boolean): QuerySpec {
  const params: [string, string][] = [["code", tokens(codes)], PAGE];
  if (sort) {
    params.push(["_sort", "-date"]);
  }
  return { key: `Observation:${key}`, resourceType: "Observation", kind: "search", params, categoryFallback: category };
}

/**
 * The queries for one patient's record, in the order they are started (all run in parallel).
 * @param options - `sort` adds `_sort=-date` to Observation searches (newest first; costly on some servers)
 * @returns the specs; referenced Medications are read afterwards (src/fhir/medication-refs.ts)
 */
export function patientQueries(options: { sort?: boolean } = {}): readonly QuerySpec[] {
  const sort = options.sort === true;
  return [
    { key: "Patient", resourceType: "Patient", kind: "read", params: [] },
    observation("platelets", OBSERVATION_CODES.platelets, "laboratory", sort),
    observation("vitals", [...OBSERVATION_CODES.weight, ...OBSERVATION_CODES.height], "vital-signs", sort),
    observation("liver", OBSERVATION_CODES.liver, "laboratory", sort),
    { key: "MedicationRequest", resourceType: "MedicationRequest", kind: "search", params: [["_include", "MedicationRequest:medication"], PAGE] },
    { key: "MedicationStatement", resourceType: "MedicationStatement", kind: "search", params: [PAGE] },
    { key: "MedicationAdministration", resourceType: "MedicationAdministration", kind: "search", params: [PAGE] },
    { key: "Condition", resourceType: "Condition", kind: "search", params: [PAGE] },
    { key: "Procedure", resourceType: "Procedure", kind: "search", params: [PAGE] },
  ];
}

/**
 * The relative URL of a spec for a patient (fhirclient resolves it against the server base).
 * @param spec - the query
 * @param patientId - the launch context's patient id
 * @param extra - parameters added on retry (e.g. `category`)
 */
export function queryUrl(spec: QuerySpec, patientId: string, extra: readonly (readonly [string, string])[] = []): string {
  if (spec.kind === "read") {
    return `${spec.resourceType}/${encodeURIComponent(patientId)}`;
  }
  const search = new URLSearchParams([["patient", patientId], ...[...spec.params, ...extra].map(([k, v]): [string, string] => [k, v])]);
  // Keep `:`, `/`, `|` and `,` readable in token lists; all are legal in a query (RFC 3986 section 3.4).
  const query = search.toString().replace(/%(3A|2F|7C|2C)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return `${spec.resourceType}?${query}`;
}

/**
 * Searches that read Medications by id, `_id` lists of at most `batchSize` ids.
 * @param ids - Medication ids, already de-duplicated
 * @param batchSize - ids per request (URL length stays well under 2,000 characters at 50)
 */
export function medicationByIdUrls(ids: readonly string[], batchSize = 50): string[] {
  const urls: string[] = [];
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize).map(encodeURIComponent).join(",");
    urls.push(`Medication?_id=${batch}&_count=${batchSize}`);
  }
  return urls;
}
