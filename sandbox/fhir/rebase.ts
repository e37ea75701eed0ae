/**
 * Date rebasing for scenario bundles: they are written as of a fixed day (2026-11-20) and shifted by whole days
 * so that "today" in the app sees the same story. Only strings that are FHIR date/dateTime/instant values are
 * touched; precision, time of day and the written time-zone offset are kept.
 * See: https://hl7.org/fhir/R4/datatypes.html#dateTime
 */

export const SCENARIO_AS_OF = "2026-11-20";

const DATEISH = /^(\d{4})-(\d{2})(?:-(\d{2}))?(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const SKIP_KEYS = new Set(["id", "reference", "url", "system", "version", "fullUrl", "div", "value", "code"]);

/** Whole days from `from` (YYYY-MM-DD) to `to` (a Date, its UTC day). */
export function daysBetween(from: string, to: Date): number {
  const [y, m, d] = from.split("-").map(Number);
  const a = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  const b = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((b - a) / 86_400_000);
}

/** Shifts one date-like string by days; returns it unchanged when it is not a FHIR date of month precision or finer. */
export function shiftDate(value: string, days: number): string {
  const m = DATEISH.exec(value);
  if (!m) return value;
  const [, y, mo, d, rest] = m;
  const t = new Date(Date.UTC(Number(y), Number(mo) - 1, d === undefined ? 1 : Number(d)) + days * 86_400_000);
  const yy = String(t.getUTCFullYear()).padStart(4, "0");
  const mm = String(t.getUTCMonth() + 1).padStart(2, "0");
  if (d === undefined) return `${yy}-${mm}`;
  return `${yy}-${mm}-${String(t.getUTCDate()).padStart(2, "0")}${rest ?? ""}`;
}

/** Deep-copies a resource with every date shifted (keys in SKIP_KEYS keep their text: ids, codes, refs, narrative). */
export function rebase<T>(value: T, days: number, key?: string): T {
  if (days === 0) return value;
  if (typeof value === "string") return (key !== undefined && SKIP_KEYS.has(key) ? value : shiftDate(value, days)) as T;
  if (Array.isArray(value)) return value.map((v) => rebase(v, days, key)) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = rebase(v, days, k);
    return out as T;
  }
  return value;
}
