/**
 * Tolerant readers for untyped FHIR JSON: each returns undefined on a wrong shape instead of throwing,
 * so a malformed field can never crash the normaliser (docs/decisions/0005-normaliser-policies.md).
 */

export type Json = Record<string, unknown>;

export interface Coding {
  readonly system: string | undefined;
  readonly code: string | undefined;
  readonly display: string | undefined;
}

/** The value as a plain object, or undefined. */
export function asRecord(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** A non-empty trimmed string, or undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** A finite number, or undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The value as an array (a single value becomes a one-element array; absent becomes []). */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

/** The codings of a CodeableConcept (only well-shaped ones). */
export function codings(concept: unknown): Coding[] {
  const cc = asRecord(concept);
  if (cc === undefined) {
    return [];
  }
  return asArray(cc["coding"]).flatMap((c) => {
    const r = asRecord(c);
    if (r === undefined) {
      return [];
    }
    return [{ system: asString(r["system"]), code: asString(r["code"])?.trim(), display: asString(r["display"]) }];
  });
}

/** Every human-readable text of a CodeableConcept: `text`, then each coding's display. */
export function conceptTexts(concept: unknown): string[] {
  const cc = asRecord(concept);
  const out: string[] = [];
  const text = asString(cc?.["text"]);
  if (text !== undefined) {
    out.push(text);
  }
  for (const c of codings(concept)) {
    if (c.display !== undefined) {
      out.push(c.display);
    }
  }
  return out;
}

/** The first text to display for a concept, or null. */
export function conceptLabel(concept: unknown): string | null {
  return conceptTexts(concept)[0] ?? codings(concept).find((c) => c.code !== undefined)?.code ?? null;
}

/** The `reference` string of a Reference, or undefined. */
export function referenceOf(value: unknown): string | undefined {
  return asString(asRecord(value)?.["reference"])?.trim();
}

/** The status code of a CodeableConcept-typed status (Condition.clinicalStatus), or null. */
export function statusCode(concept: unknown): string | null {
  return codings(concept).find((c) => c.code !== undefined)?.code ?? asString(asRecord(concept)?.["text"]) ?? null;
}

/** Whole-word, case-insensitive phrase test ("Nplate" in "NPLATE 250 MCG"; "prednisolone" not in "methylprednisolone"). */
export function containsPhrase(text: string, phrase: string): boolean {
  let re = PHRASES.get(phrase);
  if (re === undefined) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
    PHRASES.set(phrase, re);
  }
  return re.test(text);
}

const PHRASES = new Map<string, RegExp>();
