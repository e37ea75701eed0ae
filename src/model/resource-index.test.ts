import { describe, expect, it } from "vitest";
import { ResourceIndex, flatten, typeAndId } from "./resource-index.ts";

describe("references", () => {
  it.each([
    ["Patient/p1", { type: "Patient", id: "p1" }], ["https://ehr.example/fhir/Patient/p1", { type: "Patient", id: "p1" }],
    ["Patient/p1/_history/2", { type: "Patient", id: "p1" }], ["Medication/med-0.1", { type: "Medication", id: "med-0.1" }],
  ])("%s -> %j", (ref, expected) => {
    expect(typeAndId(ref)).toEqual(expected);
  });

  it.each([["#med1"], ["urn:uuid:1234"], ["Patient?identifier=x|1"], ["patient/p1"]])("%s is not a Type/id reference", (ref) => {
    expect(typeAndId(ref)).toBeUndefined();
  });

  it("resolves contained, fullUrl and Type/id references; the first item with a key wins", () => {
    const items = flatten([
      { resourceType: "Bundle", entry: [{ fullUrl: "urn:uuid:m", resource: { resourceType: "Medication", id: "m" } }, { resource: { resourceType: "Medication", id: "m", code: { text: "second" } } }] },
    ]);
    const index = new ResourceIndex(items);
    expect(index.item("urn:uuid:m")).toBe(items[0]);
    expect(index.item("Medication/m")).toBe(items[0]);
    const container = { contained: [{ resourceType: "Medication", id: "c1" }] };
    expect(index.resolveResource("#c1", container)?.resource).toEqual({ resourceType: "Medication", id: "c1" });
    expect(index.resolveResource("#nope", container)).toBeUndefined();
  });

  it("refs: Type/id, else fullUrl, else a positional ref", () => {
    expect(flatten([{ resourceType: "Observation", id: "o" }, { resourceType: "Observation" }, 5]).map((i) => i.ref)).toEqual(["Observation/o", "Observation/#2", "unknown/#3"]);
  });
});
