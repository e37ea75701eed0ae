import { describe, expect, it } from "vitest";
import { authorizeParams, MissingIssError } from "./authorize-params.ts";
import { parseSmartConfig } from "./config.ts";

const config = parseSmartConfig(
  JSON.stringify({
    default: { clientId: "itp-navigator" },
    "https://ehr.example.org/R4": { clientId: "epic-id", scopeVersion: "v1", openid: false, redirectUri: "https://app.example/itp/index.html" },
  }),
);
const page = (query: string): URL => new URL(`https://app.example/itp/launch.html${query}`);

describe("authorizeParams", () => {
  it("EHR launch: passes launch, asks `launch`, PKCE required, completes in the iframe", () => {
    const p = authorizeParams(page("?iss=http://127.0.0.1:8480/fhir&launch=abc"), config);
    expect(p).toMatchObject({
      iss: "http://127.0.0.1:8480/fhir",
      launch: "abc",
      clientId: "itp-navigator",
      redirectUri: "https://app.example/itp/index.html",
      pkceMode: "required",
      completeInTarget: true,
    });
    expect(p.scope?.split(" ")).toContain("launch");
    expect(p.scope?.split(" ")).not.toContain("launch/patient");
  });

  it("standalone launch: no launch parameter, asks `launch/patient`", () => {
    const p = authorizeParams(page("?iss=http://127.0.0.1:8480/fhir"), config);
    expect(p.launch).toBeUndefined();
    expect(p.scope?.split(" ")).toContain("launch/patient");
    expect(p.scope?.split(" ")).not.toContain("launch");
  });

  it("uses the entry for the iss: its client id, v1 scopes, absolute redirect URI", () => {
    const p = authorizeParams(page("?iss=https://ehr.example.org/R4&launch=x"), config);
    expect(p.clientId).toBe("epic-id");
    expect(p.scope).toBe(
      "launch patient/Patient.read patient/Observation.read patient/Condition.read patient/Procedure.read " +
        "patient/MedicationRequest.read patient/MedicationStatement.read patient/MedicationAdministration.read patient/Medication.read",
    );
    expect(p.redirectUri).toBe("https://app.example/itp/index.html");
  });

  it("throws MissingIssError without iss", () => {
    expect(() => authorizeParams(page("?launch=abc"), config)).toThrow(MissingIssError);
  });
});
