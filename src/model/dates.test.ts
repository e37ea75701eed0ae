import { describe, expect, it } from "vitest";
import { addDays, toEpoch, validDate } from "./dates.ts";

describe("FHIR dates", () => {
  it.each([
    ["2026-11-20", Date.UTC(2026, 10, 20)], ["2026-11", Date.UTC(2026, 10, 1)], ["2026", Date.UTC(2026, 0, 1)],
    ["2026-11-20T08:00:00Z", Date.UTC(2026, 10, 20, 8)], ["2026-11-20T09:00:00+01:00", Date.UTC(2026, 10, 20, 8)],
    ["2026-11-20T08:00:00.123Z", Date.UTC(2026, 10, 20, 8, 0, 0, 123)],
  ])("%s -> epoch", (s, ms) => {
    expect(toEpoch(s)).toBe(ms);
  });

  it.each([["yesterday"], ["20/11/2026"], ["2026-13-01"], ["2026-02-30T00:00:00Z"], [""], ["2026-11-20 08:00"]])("%j is not a FHIR date", (s) => {
    expect(validDate(s)).toBeUndefined();
  });

  it("addDays gives a date-only string", () => {
    expect(addDays("2026-06-01", 3)).toBe("2026-06-04");
    expect(addDays("nope", 3)).toBeUndefined();
  });
});
