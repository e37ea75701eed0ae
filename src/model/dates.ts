/**
 * FHIR date / dateTime / instant helpers (https://hl7.org/fhir/R4/datatypes.html#dateTime).
 * Partial dates ("2019", "2019-05") are read as the start of their period, in UTC.
 */
import { asRecord, asString } from "./fhir-read.ts";

/** Milliseconds in one day (ECMAScript time has no leap seconds). */
export const DAY_MS = 86_400_000;

const FHIR_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * Milliseconds since the epoch for a FHIR date or dateTime, or undefined when it is not one.
 * @param value - the ISO string as the source gave it
 * @returns epoch milliseconds, or undefined (never a guessed date)
 */
export function toEpoch(value: string | null | undefined): number | undefined {
  if (value === undefined || value === null || !FHIR_DATE.test(value.trim())) {
    return undefined;
  }
  const v = value.trim();
  const full = v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
  const ms = Date.parse(full);
  return Number.isNaN(ms) || !realDay(full) ? undefined : ms;
}

/** The calendar day exists (Date.parse rolls 2026-02-30 over to March). */
function realDay(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The value if it is a valid FHIR date/dateTime, else undefined. */
export function validDate(value: unknown): string | undefined {
  const s = asString(value)?.trim();
  return s !== undefined && toEpoch(s) !== undefined ? s : undefined;
}

/** `start` of a Period (or its `end` when `which` says so), if valid. */
export function periodDate(period: unknown, which: "start" | "end"): string | undefined {
  return validDate(asRecord(period)?.[which]);
}

/** Add whole days to a FHIR date, returning a date-only string (UTC). */
export function addDays(value: string, days: number): string | undefined {
  const ms = toEpoch(value);
  return ms === undefined ? undefined : new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}
