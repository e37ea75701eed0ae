import { describe, expect, it } from "vitest";
import { matchesPrefix, parseDateRange, splitPrefix } from "./date-range.ts";

// Precision ranges and prefixes: https://hl7.org/fhir/R4/search.html#date
describe("parseDateRange", () => {
  it.each([
    ["2024", "2024-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z"],
    ["2024-02", "2024-02-01T00:00:00.000Z", "2024-03-01T00:00:00.000Z"],
    ["2024-12-31", "2024-12-31T00:00:00.000Z", "2025-01-01T00:00:00.000Z"],
    ["2024-01-01T10:00+01:00", "2024-01-01T09:00:00.000Z", "2024-01-01T09:01:00.000Z"],
    ["2024-01-01T10:00:05Z", "2024-01-01T10:00:05.000Z", "2024-01-01T10:00:06.000Z"],
    ["2024-01-01T10:00:05.5Z", "2024-01-01T10:00:05.500Z", "2024-01-01T10:00:05.600Z"],
  ])("%s -> [%s, %s)", (v, s, e) => {
    const r = parseDateRange(v);
    expect(r && new Date(r.start).toISOString()).toBe(s);
    expect(r && new Date(r.end).toISOString()).toBe(e);
  });

  it.each(["", "2024-13", "24-01-01", "2024/01/01", "today"])("rejects %j", (v) => {
    expect(parseDateRange(v)).toBeUndefined();
  });

  it("splits prefixes only before a digit", () => {
    expect(splitPrefix("ge2024")).toEqual({ prefix: "ge", value: "2024" });
    expect(splitPrefix("2024")).toEqual({ prefix: "eq", value: "2024" });
  });

  const day = parseDateRange("2024-01-15")!;
  const inside = parseDateRange("2024-01-15T12:00:00Z")!;
  const spanning = { start: parseDateRange("2024-01-14")!.start, end: parseDateRange("2024-01-16")!.end };
  it.each([
    ["eq", inside, true], ["eq", spanning, false], ["ne", spanning, true], ["gt", spanning, true], ["gt", inside, false],
    ["lt", spanning, true], ["ge", inside, true], ["le", inside, true], ["sa", spanning, false], ["eb", spanning, false],
  ] as const)("%s", (prefix, target, want) => {
    expect(matchesPrefix(prefix, target, day, Date.UTC(2026, 0, 1))).toBe(want);
  });
});
