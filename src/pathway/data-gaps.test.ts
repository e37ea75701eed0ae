import { describe, expect, it } from "vitest";
import { couldNotBeRead, dataGap, type DataGap } from "./data-gaps.ts";

// Reasons as src/fhir/fetch-spec.ts reasonFor writes them: "<query key>: HTTP <status> <outcome>[ (incomplete: ...)]".
describe("dataGap: an unavailable entry -> what it hides, with the query key said once", () => {
  it.each<[string, string, Pick<DataGap, "source" | "label" | "detail" | "status">]>([
    ["Procedure", "Procedure: HTTP 403 Forbidden", { source: "procedures", label: "procedures", detail: "HTTP 403: Forbidden", status: "HTTP 403" }],
    ["MedicationRequest", "MedicationRequest: HTTP 404", { source: "medications", label: "medication orders", detail: "HTTP 404", status: "HTTP 404" }],
    ["MedicationStatement", "MedicationStatement: HTTP 500 boom", { source: "medications", label: "medication statements", detail: "HTTP 500: boom", status: "HTTP 500" }],
    ["MedicationAdministration", "403", { source: "medications", label: "medication administrations", detail: "403", status: "HTTP 403" }],
    ["Medication", "Medication: HTTP 400 _id not supported", { source: "medications", label: "medication definitions (referenced Medication resources)", detail: "HTTP 400: _id not supported", status: "HTTP 400" }],
    ["Condition", "Condition: HTTP 403 Forbidden", { source: "conditions", label: "conditions (problem list)", detail: "HTTP 403: Forbidden", status: "HTTP 403" }],
    ["Observation", "Observation:platelets: HTTP 503 (incomplete: 3 resources arrived before the failure)", { source: "platelets", label: "platelet counts", detail: "HTTP 503 (incomplete: 3 resources arrived before the failure)", status: "HTTP 503" }],
    ["Observation", "Observation:vitals: HTTP 403", { source: "vitals", label: "weights and heights", detail: "HTTP 403", status: "HTTP 403" }],
    ["Observation", "Observation:liver: Failed to fetch", { source: "liver", label: "liver tests", detail: "Failed to fetch", status: null }],
    ["Observation", "timeout", { source: "observations", label: "observations (counts, weights, liver tests)", detail: "timeout", status: null }],
    ["Patient", "Patient: HTTP 403", { source: "patient", label: "patient demographics", detail: "HTTP 403", status: "HTTP 403" }],
    ["DocumentReference", "", { source: "other", label: "DocumentReference resources", detail: "no reason given", status: null }],
  ])("%s (%s)", (resourceType, reason, want) => {
    expect(dataGap({ resourceType, reason })).toMatchObject({ resourceType, ...want });
  });

  it("couldNotBeRead: one record or several, statuses once each", () => {
    const p = dataGap({ resourceType: "Procedure", reason: "Procedure: HTTP 403 Forbidden" });
    const r = dataGap({ resourceType: "MedicationRequest", reason: "MedicationRequest: HTTP 403 Forbidden" });
    const a = dataGap({ resourceType: "MedicationAdministration", reason: "MedicationAdministration: HTTP 404" });
    expect(couldNotBeRead([p])).toBe("The record of procedures could not be read from the EHR (HTTP 403)");
    expect(couldNotBeRead([r, a])).toBe("The records of medication orders and medication administrations could not be read from the EHR (HTTP 403; HTTP 404)");
  });
});
