import { describe, expect, it } from "vitest";
import { FhirHttpError } from "./errors.ts";
import { demandsCategory, rejectsCount, withoutParam } from "./fetch-spec.ts";

const http = (status: number, outcome?: string) => new FhirHttpError({ status, url: "u", ...(outcome ? { outcome } : {}) });

describe("server demands and refusals", () => {
  it.each([
    ["Epic 400 naming category", http(400, "The category parameter is required"), true, false],
    ["422 naming category", http(422, "Missing required search parameter: category"), true, false],
    ["400 naming _count", http(400, "_count must be <= 200"), false, true],
    ["403 naming category", http(403, "category not allowed"), false, false],
    ["400 about something else", http(400, "Unknown parameter foo"), false, false],
  ])("%s", (_name, error, category, count) => {
    expect(demandsCategory(error)).toBe(category);
    expect(rejectsCount(error)).toBe(count);
  });
});

describe("withoutParam", () => {
  it.each([
    ["Observation?patient=p&code=http://loinc.org|777-3,http://loinc.org|778-1&_count=1000", "Observation?patient=p&code=http://loinc.org|777-3,http://loinc.org|778-1"],
    ["Observation?_count=1000&patient=p", "Observation?patient=p"],
    ["Observation?_count=1000", "Observation"],
    ["Observation?patient=p", "Observation?patient=p"],
  ])("%s", (url, expected) => {
    expect(withoutParam(url, "_count")).toBe(expected);
  });
});
