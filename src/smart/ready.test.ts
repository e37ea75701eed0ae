// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { classifyReadyError } from "./ready.ts";

/** Shape of fhirclient's HttpError after parse(): "<status> <text>\nURL: <url>\n<error>: <description>". */
function httpError(status: number, body: string): Error & { status: number } {
  return Object.assign(new Error(`${status} Bad Request\nURL: https://auth.example/token\n${body}`), { status });
}

describe("classifyReadyError", () => {
  it.each([
    ["token endpoint 400 invalid_grant", httpError(400, "invalid_grant: PKCE verifier mismatch"), "auth-denied", "invalid_grant: PKCE verifier mismatch"],
    ["token endpoint 401 without body", Object.assign(new Error("401 Unauthorized\nURL: x"), { status: 401 }), "auth-denied", "HTTP 401"],
    ["token endpoint 503", httpError(503, ""), "network", "HTTP 503"],
    ["fetch failed", new TypeError("Failed to fetch"), "network", "Failed to fetch"],
    ["fhirclient lost state", new Error("No state found! Please (re)launch the app."), "session-expired", undefined],
    ["anything else", new Error("boom"), "unexpected", "boom"],
  ])("%s", (_name, error, kind, detail) => {
    const p = classifyReadyError(error, "https://ehr/fhir");
    expect(p.kind).toBe(kind);
    expect(p.detail).toBe(detail);
    expect(p.iss).toBe("https://ehr/fhir");
  });
});
