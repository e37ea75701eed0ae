import { describe, expect, it } from "vitest";
import { buildScopes } from "./scopes.ts";

const V2_READS =
  "patient/Patient.rs patient/Observation.rs patient/Condition.rs patient/Procedure.rs patient/MedicationRequest.rs " +
  "patient/MedicationStatement.rs patient/MedicationAdministration.rs patient/Medication.rs";

describe("buildScopes (SMART App Launch 2.x scopes-and-launch-context)", () => {
  it.each([
    ["EHR launch, v2, openid", { scopeVersion: "v2", launch: "ehr", openid: true }, `openid fhirUser launch ${V2_READS}`],
    ["standalone, v2, openid", { scopeVersion: "v2", launch: "standalone", openid: true }, `openid fhirUser launch/patient ${V2_READS}`],
    ["EHR launch, v2, no openid", { scopeVersion: "v2", launch: "ehr", openid: false }, `launch ${V2_READS}`],
    ["EHR launch, v1", { scopeVersion: "v1", launch: "ehr", openid: true }, `openid fhirUser launch ${V2_READS.replaceAll(".rs", ".read")}`],
  ] as const)("%s", (_name, options, expected) => {
    expect(buildScopes(options)).toBe(expected);
  });

  it("asks only read access (no write, no user/ or system/ scopes)", () => {
    const scopes = buildScopes({ scopeVersion: "v2", launch: "standalone", openid: true }).split(" ");
    const data = scopes.filter((s) => s.includes("/") && s !== "launch/patient");
    expect(data).toHaveLength(8);
    for (const s of data) {
      expect(s).toMatch(/^patient\/[A-Za-z]+\.rs$/);
    }
  });

  it("never asks both launch and launch/patient", () => {
    for (const launch of ["ehr", "standalone"] as const) {
      const scopes = buildScopes({ scopeVersion: "v2", launch, openid: false }).split(" ");
      expect(scopes.includes("launch") && scopes.includes("launch/patient")).toBe(false);
    }
  });
});
