import { describe, expect, it } from "vitest";
import { medicationByIdUrls, patientQueries, queryUrl } from "./queries.ts";

const byKey = (key: string) => {
  const spec = patientQueries().find((s) => s.key === key);
  if (!spec) throw new Error(`no spec ${key}`);
  return spec;
};

describe("patientQueries / queryUrl", () => {
  it("reads the Patient by id", () => {
    expect(queryUrl(byKey("Patient"), "p 1")).toBe("Patient/p%201");
  });

  it("asks every platelet LOINC code with its system, 1,000 per page", () => {
    expect(queryUrl(byKey("Observation:platelets"), "p1")).toBe(
      "Observation?patient=p1&code=http://loinc.org|777-3,http://loinc.org|26515-7,http://loinc.org|778-1," +
        "http://loinc.org|49497-1,http://loinc.org|13056-7&_count=1000",
    );
  });

  it("round-trips the code token list through URLSearchParams", () => {
    const url = new URL(queryUrl(byKey("Observation:vitals"), "p1"), "https://x/fhir/");
    expect(url.searchParams.get("code")?.split(",")).toEqual([
      "http://loinc.org|29463-7",
      "http://loinc.org|3141-9",
      "http://loinc.org|8302-2",
      "http://loinc.org|8306-3",
    ]);
  });

  it("liver panel: ALT, AST, bilirubin", () => {
    const url = new URL(queryUrl(byKey("Observation:liver"), "p1"), "https://x/fhir/");
    expect(url.searchParams.get("code")?.split(",").map((t) => t.split("|")[1])).toEqual(["1742-6", "1743-4", "1920-8", "1975-2", "1968-7"]);
  });

  it("includes the medication of MedicationRequest", () => {
    expect(queryUrl(byKey("MedicationRequest"), "p1")).toBe("MedicationRequest?patient=p1&_include=MedicationRequest:medication&_count=1000");
  });

  it.each(["MedicationStatement", "MedicationAdministration", "Condition", "Procedure"])(
    "asks %s for pages of 1,000 (a ten-year romiplostim history is ~500 administrations)",
    (key) => {
      expect(queryUrl(byKey(key), "p1")).toBe(`${key}?patient=p1&_count=1000`);
    },
  );

  it("adds _sort=-date only when asked, and the category fallback as an extra parameter", () => {
    const sorted = patientQueries({ sort: true }).find((s) => s.key === "Observation:platelets");
    expect(sorted && queryUrl(sorted, "p1")).toMatch(/&_sort=-date$/);
    expect(queryUrl(byKey("Observation:platelets"), "p1", [["category", "laboratory"]])).toMatch(/&category=laboratory$/);
  });

  it("has a category fallback on every Observation search and none elsewhere", () => {
    for (const spec of patientQueries()) {
      expect(spec.categoryFallback !== undefined).toBe(spec.resourceType === "Observation");
    }
  });
});

describe("medicationByIdUrls", () => {
  it("batches ids", () => {
    const ids = Array.from({ length: 5 }, (_, i) => `m${i}`);
    expect(medicationByIdUrls(ids, 2)).toEqual(["Medication?_id=m0,m1&_count=2", "Medication?_id=m2,m3&_count=2", "Medication?_id=m4&_count=2"]);
    expect(medicationByIdUrls([])).toEqual([]);
  });
});
