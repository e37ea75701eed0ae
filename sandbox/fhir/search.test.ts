import { describe, expect, it } from "vitest";
import { includesFor, runSearch } from "./search.ts";
import { parseSearch, SearchError } from "./search-parse.ts";
import { Store } from "./store.ts";
import { TEST_RESOURCES } from "./test-data.ts";

const store = new Store();
for (const r of TEST_RESOURCES) store.add(r);
const NOW = Date.UTC(2026, 10, 20);

function ids(type: string, query: string, lenient = false): string[] {
  const plan = parseSearch(type, [...new URLSearchParams(query).entries()], { lenient, now: NOW, requireObservationCategory: false });
  return runSearch(store, plan).map((r) => r.id);
}
const sorted = (xs: string[]): string[] => [...xs].sort();

// Semantics: https://hl7.org/fhir/R4/search.html (token, date prefixes, reference)
describe("search semantics", () => {
  it.each([
    ["Observation", "patient=p1", ["o1", "o2", "o3", "o4", "o7"]],
    ["Observation", "patient=Patient/p2", ["o5", "o6", "o8"]],
    ["Observation", "subject=Patient/p2", ["o5", "o6", "o8"]],
    ["Observation", "subject=p2", ["o5", "o6", "o8"]],
    ["Observation", "patient=p1,p2&code=http://example.org/lab|PLT", ["o6"]],
    ["Observation", "code=777-3", ["o1", "o2", "o5", "o7", "o8"]],
    ["Observation", "code=http://loinc.org|777-3", ["o1", "o2", "o5", "o8"]],
    ["Observation", "code=|777-3", ["o7"]],
    ["Observation", "code=http://example.org/lab|", ["o6"]],
    ["Observation", "code=http://loinc.org|777-3,http://loinc.org|26515-7&patient=p1", ["o1", "o2", "o3"]],
    ["Observation", "category=laboratory&status=final,amended&patient=p1", ["o1", "o2", "o3", "o7"]],
    ["Observation", "status:not=final", ["o3", "o5", "o8"]],
    ["Observation", "_id=o1,o6", ["o1", "o6"]],
    ["Observation", "date=2024-01-15", ["o1"]],
    ["Observation", "date=2024-01", ["o1", "o4", "o5"]],
    ["Observation", "date=eq2023-12-31", []],
    ["Observation", "date=ge2024-02-01", ["o2", "o3", "o7", "o8"]],
    ["Observation", "date=lt2024-01-15", ["o4", "o5"]],
    ["Observation", "date=le2024-01-15", ["o1", "o4", "o5"]],
    ["Observation", "date=gt2024-12-31", ["o8"]],
    ["Observation", "date=sa2024-01-31", ["o2", "o3", "o7", "o8"]],
    ["Observation", "date=eb2024-01-15", ["o5"]],
    ["Observation", "date=ne2024-01", ["o2", "o3", "o7", "o8"]],
    ["Observation", "date=ge2024-01-01&date=lt2024-02-01", ["o1", "o4", "o5"]],
    ["Observation", "date=2025-06-10T06:00:00Z", ["o8"]],
    // an unencoded `+` offset arrives as a space and is read back as `+`
    ["Observation", "date=ge2025-01-01&date=lt2025-06-10T09:00:00+02:00", ["o8"]],
    ["Observation", "date=ge2025-01-01&date=lt2025-06-10T07:00:00+02:00", []],
    // ap: the range widened by 10 % of its distance from NOW (about 104 days here)
    ["Observation", "date=ap2024-01-15", ["o1", "o2", "o3", "o4", "o5"]],
    ["MedicationRequest", "status=active&patient=p1", ["m1", "m4"]],
    ["MedicationRequest", "authoredon=ge2024-05-01", ["m1", "m3", "m4"]],
    ["MedicationRequest", "authoredon=2024-05-01", ["m1", "m3"]],
    ["MedicationRequest", "code=1001", ["m3"]],
    ["Condition", "clinical-status=active", ["c1"]],
    ["Condition", "onset-date=lt2020-01-01", ["c2"]],
    ["Patient", "name=al", ["p1"]],
  ])("%s?%s", (type, query, want) => {
    expect(sorted(ids(type, query))).toEqual(sorted(want));
  });

  it("sorts by time, not by text: -date puts the +02:00 instant after the 2024 values", () => {
    expect(ids("Observation", "code=777-3&_sort=date")).toEqual(["o5", "o1", "o2", "o7", "o8"]);
    expect(ids("Observation", "code=777-3&_sort=-date")).toEqual(["o8", "o7", "o2", "o1", "o5"]);
    expect(ids("Observation", "patient=p2&_sort=date")).toEqual(["o5", "o8", "o6"]);
  });

  it("includes targets of patient and subject:Patient, once each", () => {
    const opts = { lenient: false, now: NOW, requireObservationCategory: false };
    for (const inc of ["Observation:patient", "Observation:subject:Patient"]) {
      const plan = parseSearch("Observation", [["code", "777-3"], ["_include", inc]], opts);
      const page = runSearch(store, plan);
      expect(includesFor(store, plan, page, () => true).map((r) => r.id).sort()).toEqual(["p1", "p2"]);
    }
  });

  it("sorts on _lastUpdated and _id", () => {
    expect(ids("Condition", "_sort=-_id")).toEqual(["c2", "c1"]);
    expect(() => ids("Condition", "_sort=_lastUpdated")).not.toThrow();
  });

  it.each([
    ["Observation", "foo=bar"],
    ["Observation", "code:text=platelets"],
    ["Observation", "date=2024-13-01"],
    ["Observation", "_sort=status"],
    ["Observation", "_include=Observation:performer"],
    ["MedicationRequest", "_include=MedicationRequest:foo"],
    ["Observation", "_count=-1"],
    ["Observation", "_summary=true"],
    ["Observation", "subject.name=x"],
  ])("rejects %s?%s with 400", (type, query) => {
    expect(() => ids(type, query)).toThrow(SearchError);
  });

  it("ignores unknown parameters under lenient handling and reports them", () => {
    const plan = parseSearch("Observation", [["foo", "bar"], ["patient", "p2"]], { lenient: true, now: NOW, requireObservationCategory: false });
    expect(plan.warnings).toHaveLength(1);
    expect(sorted(runSearch(store, plan).map((r) => r.id))).toEqual(["o5", "o6", "o8"]);
  });

  it("requires category on Observation when the Epic rule is on", () => {
    const opts = { lenient: false, now: NOW, requireObservationCategory: true };
    expect(() => parseSearch("Observation", [["patient", "p1"]], opts)).toThrow(/category/);
    expect(() => parseSearch("Observation", [["patient", "p1"], ["category", "laboratory"]], opts)).not.toThrow();
  });
});
