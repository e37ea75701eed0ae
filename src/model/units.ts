/**
 * Unit conversion into the model's fixed units (platelets 10*9/L, weight kg, height cm), by explicit alias
 * tables only (src/clinical/units.ts; refractory-itp.md section 6). An unknown unit is never guessed.
 */
import { UCUM } from "../clinical/codes.ts";
import { DOSE_UNITS, HEIGHT_UNITS, PLATELET_PLAUSIBLE, PLATELET_UNITS, WEIGHT_UNITS, type UnitAlias } from "../clinical/units.ts";
import { asRecord, asString } from "./fhir-read.ts";

export type Converted =
  | { readonly ok: true; readonly value: number; readonly unitUsed: string }
  | { readonly ok: false; readonly reason: "unit-unrecognised" | "implausible-value"; readonly detail: string };

/**
 * The unit strings a Quantity offers, in preference order: the UCUM `code` when `system` is UCUM, then `unit`,
 * then a `code` under another or no system. Each is trimmed; empty ones are dropped.
 */
export function unitCandidates(quantity: unknown): string[] {
  const q = asRecord(quantity);
  const code = microSign(asString(q?.["code"]));
  const unit = microSign(asString(q?.["unit"]));
  const isUcum = asString(q?.["system"])?.trim() === UCUM;
  const ordered = isUcum ? [code, unit] : [unit, code];
  return [...new Set(ordered.filter((u): u is string => u !== undefined))];
}

/** Trimmed, with the Greek mu (U+03BC) some systems send replaced by the micro sign (U+00B5) the tables use. */
function microSign(value: string | undefined): string | undefined {
  return value?.trim().replace(/\u03bc/g, "\u00b5");
}

function lookup(table: Readonly<Record<string, UnitAlias>>, candidates: readonly string[]): { alias: UnitAlias; unit: string } | undefined {
  for (const unit of candidates) {
    const alias = Object.hasOwn(table, unit) ? table[unit] : undefined;
    if (alias !== undefined) {
      return { alias, unit };
    }
  }
  return undefined;
}

/** Round away binary noise (0.45359237 × 185 = 83.91458845000001). */
function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

function convert(
  value: number,
  candidates: readonly string[],
  table: Readonly<Record<string, UnitAlias>>,
  target: string,
): Converted {
  // The code and the display text name units with different factors (kg vs lb, /uL vs 10*9/L): which one the value
  // is in cannot be known, so it is not guessed.
  const factors = new Set(candidates.flatMap((u) => (Object.hasOwn(table, u) ? [table[u]?.factor] : [])));
  if (factors.size > 1) {
    return { ok: false, reason: "unit-unrecognised", detail: `${candidates.map((c) => `"${c}"`).join(" / ")} disagree: the ${target} unit is ambiguous` };
  }
  const hit = lookup(table, candidates);
  if (hit === undefined) {
    const shown = candidates.length === 0 ? "no unit" : candidates.map((c) => `"${c}"`).join(" / ");
    return { ok: false, reason: "unit-unrecognised", detail: `${shown} is not a recognised ${target} unit` };
  }
  return { ok: true, value: tidy(value * hit.alias.factor), unitUsed: hit.unit };
}

/**
 * A platelet count into 10*9/L, then checked against the plausible range 0-2,000 (refractory-itp.md section 6).
 * @param value - the number as reported
 * @param candidates - unit strings to try, from `unitCandidates`
 */
export function convertPlatelet(value: number, candidates: readonly string[]): Converted {
  const c = convert(value, candidates, PLATELET_UNITS, "platelet count");
  if (c.ok && (c.value < PLATELET_PLAUSIBLE.min || c.value > PLATELET_PLAUSIBLE.max)) {
    return { ok: false, reason: "implausible-value", detail: `${c.value} x10*9/L is outside ${PLATELET_PLAUSIBLE.min}-${PLATELET_PLAUSIBLE.max}` };
  }
  return c;
}

/** A body weight into kg; a value that is not above 0 is implausible. */
export function convertWeight(value: number, candidates: readonly string[]): Converted {
  return positive(convert(value, candidates, WEIGHT_UNITS, "weight"));
}

/** A body height into cm; a value that is not above 0 is implausible. */
export function convertHeight(value: number, candidates: readonly string[]): Converted {
  return positive(convert(value, candidates, HEIGHT_UNITS, "height"));
}

function positive(c: Converted): Converted {
  return c.ok && c.value <= 0 ? { ok: false, reason: "implausible-value", detail: `${c.value} is not above 0` } : c;
}

/** A dose unit normalised to UCUM ("mcg" -> "ug"), or undefined when not a recognised dose unit. */
export function doseUnit(candidates: readonly string[]): string | undefined {
  for (const unit of candidates.flatMap((u) => [u, u.toLowerCase()])) {
    const hit = Object.hasOwn(DOSE_UNITS, unit) ? DOSE_UNITS[unit] : undefined;
    if (hit !== undefined) {
      return hit;
    }
  }
  return undefined;
}
