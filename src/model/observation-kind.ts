/**
 * Which model field an Observation feeds, by LOINC code (shared/clinical/codes.md "Observations"); by text only
 * when the Observation carries no LOINC code at all (so MPV 32623-1 and PDW 32207-3, coded, are never read as counts),
 * and never for platelet-named text that names another test.
 */
import { systemKey } from "../clinical/codes.ts";
import { ALT, AST, BILIRUBIN_DIRECT, BILIRUBIN_TOTAL, BODY_HEIGHT, BODY_WEIGHT, PLATELET_COUNT, type ValueSetEntry } from "../clinical/value-sets.ts";
import { codings, conceptTexts, containsPhrase } from "./fhir-read.ts";
import type { LIVER_TESTS } from "./patient-model.ts";

export type ObservationKind = "platelets" | "weight" | "height" | (typeof LIVER_TESTS)[number];

const BY_CODE: readonly (readonly [ObservationKind, readonly ValueSetEntry[]])[] = [
  ["platelets", PLATELET_COUNT],
  ["weight", BODY_WEIGHT],
  ["height", BODY_HEIGHT],
  ["alt", ALT],
  ["ast", AST],
  ["bilirubin-total", BILIRUBIN_TOTAL],
  ["bilirubin-direct", BILIRUBIN_DIRECT],
];

const BY_TEXT: readonly (readonly [ObservationKind, readonly string[]])[] = [
  ["platelets", ["platelet count", "platelets"]],
  ["weight", ["body weight"]],
  ["height", ["body height"]],
  ["alt", ["alanine aminotransferase", "ALT"]],
  ["ast", ["aspartate aminotransferase", "AST"]],
  ["bilirubin-direct", ["direct bilirubin", "bilirubin direct", "bilirubin.direct"]],
  ["bilirubin-total", ["total bilirubin", "bilirubin total", "bilirubin.total"]],
];

/** Words that make a platelet-named test something other than a count (MPV, PDW, antibodies, function). */
const NOT_A_COUNT_WORDS = ["mean", "width", "distribution", "antibody", "antibodies", "aggregation", "function", "plateletcrit", "MPV", "PDW", "large", "immature"];

export interface ObservationClass {
  readonly kind: ObservationKind;
  readonly loinc: string | null;
  readonly matchedBy: "loinc" | "text";
}

/**
 * The kind of an Observation from its `code`, or undefined when it feeds nothing in the model.
 * @param code - Observation.code (a CodeableConcept)
 */
export function classifyObservation(code: unknown): ObservationClass | undefined {
  const loincCodes = codings(code).filter((c) => systemKey(c.system) === "loinc" && c.code !== undefined);
  for (const [kind, set] of BY_CODE) {
    const hit = loincCodes.find((c) => set.some((e) => e.code === c.code));
    if (hit?.code !== undefined) {
      return { kind, loinc: hit.code, matchedBy: "loinc" };
    }
  }
  if (loincCodes.length > 0) {
    return undefined;
  }
  const texts = conceptTexts(code);
  for (const [kind, phrases] of BY_TEXT) {
    const matched = texts.some((t) => phrases.some((p) => containsPhrase(t, p)));
    if (matched && !(kind === "platelets" && texts.some((t) => NOT_A_COUNT_WORDS.some((w) => containsPhrase(t, w))))) {
      return { kind, loinc: null, matchedBy: "text" };
    }
  }
  return undefined;
}
