/**
 * FHIR date/dateTime/instant values as half-open millisecond ranges [start, end), and the search prefixes over them.
 * See: https://hl7.org/fhir/R4/search.html#date and https://hl7.org/fhir/R4/search.html#prefix
 * Values without a time zone (date-only, year, year-month) are read as UTC: a sandbox has no "server local time",
 * and Medplum (our oracle) does the same.
 */

export type Range = { start: number; end: number };

const DATE_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * Parses a FHIR date/dateTime/instant into the range its precision implies.
 * @param value - e.g. `2020`, `2020-02`, `2020-02-03`, `2020-02-03T10:00:00+01:00`
 * @returns the range, or undefined when the text is not a FHIR date
 */
export function parseDateRange(value: string): Range | undefined {
  const m = DATE_RE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, hh, mi, ss, frac, tz] = m;
  const year = Number(y);
  if (mo === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  const month = Number(mo) - 1;
  if (month < 0 || month > 11) return undefined;
  if (d === undefined) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  const day = Number(d);
  if (hh === undefined) return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) };
  const offsetMs = tzOffsetMs(tz);
  const base = Date.UTC(year, month, day, Number(hh), Number(mi)) - offsetMs;
  if (ss === undefined) return { start: base, end: base + 60_000 };
  const secStart = base + Number(ss) * 1000;
  if (frac === undefined) return { start: secStart, end: secStart + 1000 };
  const digits = Math.min(frac.length, 3);
  const unit = 10 ** (3 - digits);
  const ms = Number(frac.slice(0, 3).padEnd(3, "0"));
  return { start: secStart + ms, end: secStart + ms + unit };
}

function tzOffsetMs(tz: string | undefined): number {
  if (tz === undefined || tz === "Z") return 0;
  const sign = tz.startsWith("-") ? -1 : 1;
  const [h, m] = tz.slice(1).split(":").map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
}

export const DATE_PREFIXES = ["eq", "ne", "lt", "le", "gt", "ge", "sa", "eb", "ap"] as const;
export type DatePrefix = (typeof DATE_PREFIXES)[number];

/** Splits `ge2020-01-01` into prefix and value (default prefix `eq`). */
export function splitPrefix(raw: string): { prefix: DatePrefix; value: string } {
  const p = raw.slice(0, 2);
  if ((DATE_PREFIXES as readonly string[]).includes(p) && /^\d/.test(raw.slice(2))) {
    return { prefix: p as DatePrefix, value: raw.slice(2) };
  }
  return { prefix: "eq", value: raw };
}

/**
 * Whether a resource's range matches a search range under a prefix, per the R4 table:
 * eq = target contained in the search range; gt/lt = target reaches beyond; ge/le = gt/lt or eq;
 * sa/eb = entirely after/before; ap = overlaps the search range widened by 10 % of its distance from now.
 * @param target - the resource value's range
 * @param search - the parameter value's range
 * @param now - clock for `ap` (ms since epoch)
 */
export function matchesPrefix(prefix: DatePrefix, target: Range, search: Range, now: number): boolean {
  const contained = target.start >= search.start && target.end <= search.end;
  switch (prefix) {
    case "eq":
      return contained;
    case "ne":
      return !contained;
    case "gt":
      return target.end > search.end;
    case "lt":
      return target.start < search.start;
    case "ge":
      return target.end > search.end || contained;
    case "le":
      return target.start < search.start || contained;
    case "sa":
      return target.start >= search.end;
    case "eb":
      return target.end <= search.start;
    case "ap": {
      const gap = Math.max(Math.abs(now - search.start), Math.abs(now - search.end)) * 0.1;
      return target.start < search.end + gap && target.end > search.start - gap;
    }
  }
}
