import { describe, expect, it } from "vitest";
import { FhirHttpError, operationOutcomeText, SessionExpiredError, toErrorMessage } from "./errors.ts";

describe("operationOutcomeText", () => {
  it.each([
    ["details.text first", { resourceType: "OperationOutcome", issue: [{ code: "invalid", details: { text: "Need category" }, diagnostics: "d" }] }, "Need category"],
    ["diagnostics when no details", { resourceType: "OperationOutcome", issue: [{ code: "forbidden", diagnostics: "No access" }] }, "No access"],
    ["code as last resort, issues joined", { resourceType: "OperationOutcome", issue: [{ code: "a" }, { code: "b" }] }, "a; b"],
    ["not an OperationOutcome", { resourceType: "Bundle" }, undefined],
    ["no issues", { resourceType: "OperationOutcome" }, undefined],
    ["null", null, undefined],
  ])("%s", (_name, body, text) => {
    expect(operationOutcomeText(body)).toBe(text);
  });
});

describe("FhirHttpError and toErrorMessage", () => {
  it("keeps status, url, outcome and says what happened", () => {
    const e = new FhirHttpError({ status: 403, url: "https://x/Condition?patient=p", outcome: "Scope missing" });
    expect(e).toMatchObject({ status: 403, url: "https://x/Condition?patient=p", kind: "http", outcome: "Scope missing" });
    expect(toErrorMessage(e)).toBe("The FHIR server answered HTTP 403: Scope missing");
  });

  it("SessionExpiredError is a FhirHttpError with status 401", () => {
    const e = new SessionExpiredError({ url: "u" });
    expect(e).toBeInstanceOf(FhirHttpError);
    expect(e.status).toBe(401);
    expect(e.name).toBe("SessionExpiredError");
  });

  it.each([
    ["string", "plain", "plain"],
    ["outcome object", { resourceType: "OperationOutcome", issue: [{ code: "x", diagnostics: "bad" }] }, "bad"],
    ["other object", { a: 1 }, '{"a":1}'],
    ["undefined", undefined, "undefined"],
  ])("toErrorMessage(%s)", (_name, input, text) => {
    expect(toErrorMessage(input)).toBe(text);
  });
});
