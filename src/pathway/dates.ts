/**
 * Calendar arithmetic on ISO 8601 dates (pure; no clock). A dateTime counts as the calendar day it was written on
 * (its first 10 characters): the source's local date, which is what a clinician reads on the report.
 */
import { DAY_MS } from "../model/dates.ts";

/** The calendar day "YYYY-MM-DD" of an ISO date or dateTime. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

function utc(iso: string): number {
  const d = day(iso);
  const [y, m, dd] = d.split("-").map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, dd ?? 1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The day `n` days after `iso`. */
export function addDays(iso: string, n: number): string {
  const t = utc(iso);
  return Number.isNaN(t) ? day(iso) : new Date(t + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day `n` calendar months after `iso`, clamped to the month's last day (2026-01-31 + 1 month = 2026-02-28).
 */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = day(iso).split("-").map(Number);
  const total = (y ?? 0) * 12 + (m ?? 1) - 1 + n;
  const year = Math.floor(total / 12);
  const month = total % 12;
  if (Number.isNaN(total)) return day(iso);
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d ?? 1, last))).toISOString().slice(0, 10);
}

/** Whole years from `birth` to `asOf` (age), or null when either is unusable. */
export function wholeYears(birth: string, asOf: string): number | null {
  if (!isIsoDate(day(birth)) || !isIsoDate(day(asOf))) return null;
  const [by, bm, bd] = day(birth).split("-").map(Number);
  const [ay, am, ad] = day(asOf).split("-").map(Number);
  if (by === undefined || bm === undefined || bd === undefined || ay === undefined || am === undefined || ad === undefined) return null;
  const years = ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
  return years >= 0 ? years : null;
}

/** True for a real calendar date "YYYY-MM-DD" (2026-02-30 is false). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** Sort key for instants: date-only values sort at the start of their day. */
export function instant(iso: string): number {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? utc(iso) : t;
}

/** True when the value's calendar day is on or before `asOf`. */
export function onOrBefore(iso: string, asOf: string): boolean {
  return day(iso) <= day(asOf);
}
