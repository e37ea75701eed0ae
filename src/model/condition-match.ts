/**
 * Condition concept -> clinical concept (shared/clinical/codes.md "Conditions"): ICD-10-CM (by code or family
 * prefix, compared without the dot), then SNOMED, then text (the longest matching phrase wins).
 */
import { systemKey, type SystemKey } from "../clinical/codes.ts";
import { CONDITION_CONCEPTS, type ConditionConcept } from "../clinical/condition-concepts.ts";
import type { ValueSetEntry } from "../clinical/value-sets.ts";
import { codings, conceptTexts, containsPhrase, type Coding } from "./fhir-read.ts";
import type { MatchSource } from "./patient-model.ts";

export interface ConceptMatch<T> {
  readonly concept: T;
  readonly matchedBy: MatchSource;
  readonly coding: Coding | undefined;
}

const BY_SYSTEM: readonly (readonly [SystemKey, MatchSource])[] = [
  ["icd-10-cm", "icd-10-cm"],
  ["cpt", "cpt"],
  ["icd-10-pcs", "icd-10-pcs"],
  ["snomed", "snomed"],
];

/** ICD codes compare without dots and case ("D69.3" = "d693"). */
function icdKey(code: string): string {
  return code.replace(/\./g, "").trim().toUpperCase();
}

/** Does a coding match a value-set entry (exact, or as a prefix for code families)? */
export function codingMatches(coding: Coding, entry: ValueSetEntry): boolean {
  if (coding.code === undefined || systemKey(coding.system) !== systemKey(entry.system)) {
    return false;
  }
  const key = systemKey(entry.system);
  if (key === "icd-10-cm" || key === "icd-10-pcs") {
    return entry.match === "prefix" ? icdKey(coding.code).startsWith(icdKey(entry.code)) : icdKey(coding.code) === icdKey(entry.code);
  }
  return coding.code === entry.code;
}

/**
 * The concept a CodeableConcept names, trying systems in the order ICD-10-CM, CPT, ICD-10-PCS, SNOMED, then text.
 * @param concept - the CodeableConcept
 * @param concepts - the candidate concepts (codes and text phrases)
 */
export function matchConcept<T extends { readonly codes: readonly ValueSetEntry[]; readonly text: readonly string[] }>(
  concept: unknown,
  concepts: readonly T[],
): ConceptMatch<T> | undefined {
  const cs = codings(concept);
  for (const [system, by] of BY_SYSTEM) {
    for (const coding of cs.filter((c) => systemKey(c.system) === system)) {
      const hit = concepts.find((k) => k.codes.some((e) => codingMatches(coding, e)));
      if (hit !== undefined) {
        return { concept: hit, matchedBy: by, coding };
      }
    }
  }
  const texts = conceptTexts(concept);
  let best: { concept: T; len: number } | undefined;
  for (const k of concepts) {
    for (const phrase of k.text) {
      if ((best === undefined || phrase.length > best.len) && texts.some((t) => containsPhrase(t, phrase))) {
        best = { concept: k, len: phrase.length };
      }
    }
  }
  return best === undefined ? undefined : { concept: best.concept, matchedBy: "text", coding: undefined };
}

/** The condition concept of a CodeableConcept (ITP, secondary causes, hepatic impairment, bleeding...). */
export function matchCondition(concept: unknown): ConceptMatch<ConditionConcept> | undefined {
  return matchConcept(concept, CONDITION_CONCEPTS);
}
