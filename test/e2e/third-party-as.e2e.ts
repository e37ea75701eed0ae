/**
 * The third-party SMART server used by third-party-auth.e2e.ts is itself checked against SMART App Launch 2.x
 * (https://hl7.org/fhir/smart-app-launch/app-launch.html) and RFC 7636 (PKCE), so that "the app launches from it"
 * means "the app launches from a correct third-party server". No browser: plain HTTP against the open sandbox.
 */
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../sandbox/server.ts";
import { startThirdPartyAs, type ThirdPartyAs } from "./support/third-party-as.ts";

let sandbox: Sandbox;
let as: ThirdPartyAs;
const PATIENT = "itp-romiplostim-needs-increase";
const REDIRECT = "http://127.0.0.1:1/index.html";

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, app: "none" });
  as = await startThirdPartyAs({ upstream: sandbox.openFhirBase, patient: PATIENT });
});
afterAll(async () => {
  await as?.close();
  await sandbox?.close();
});

/** Runs GET /authorize; returns the redirect's query (code/state or error). */
async function authorize(overrides: Record<string, string>, verifier: string): Promise<URLSearchParams> {
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const q = new URLSearchParams({
    response_type: "code", client_id: "itp-navigator", redirect_uri: REDIRECT, scope: "launch/patient patient/Observation.read",
    state: "s1", aud: as.fhirBase, code_challenge: challenge, code_challenge_method: "S256", ...overrides,
  });
  const res = await fetch(`${as.origin}/authorize?${q}`, { redirect: "manual" });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location")!).searchParams;
}

async function token(code: string, verifier: string): Promise<Response> {
  const body = new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: "itp-navigator", code_verifier: verifier });
  return fetch(`${as.origin}/token`, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } });
}

describe("the third-party SMART server and proxy", () => {
  it("publishes its own endpoints with S256 only, and the SMART endpoints in /metadata", async () => {
    const wk = (await (await fetch(`${as.fhirBase}/.well-known/smart-configuration`)).json()) as Record<string, unknown>;
    expect(wk["authorization_endpoint"]).toBe(`${as.origin}/authorize`);
    expect(wk["token_endpoint"]).toBe(`${as.origin}/token`);
    expect(wk["code_challenge_methods_supported"]).toEqual(["S256"]);
    const meta = await (await fetch(`${as.fhirBase}/metadata`)).text();
    expect(meta).toContain(`${as.origin}/authorize`);
    expect(meta).not.toContain(sandbox.openFhirBase);
  });

  it("refuses a wrong aud, a plain PKCE challenge, a wrong verifier and a reused code", async () => {
    const verifier = randomBytes(32).toString("base64url");
    expect((await authorize({ aud: sandbox.fhirBase }, verifier)).get("error")).toBe("invalid_request");
    expect((await authorize({ code_challenge_method: "plain" }, verifier)).get("error")).toBe("invalid_request");
    const code = (await authorize({}, verifier)).get("code")!;
    expect((await token(code, "x".repeat(43))).status).toBe(400);
    expect((await token(code, verifier)).status, "a code is single-use, even after a failed exchange").toBe(400);
  });

  it("issues a patient-context token; the proxy needs it, honours its scope and keeps next links on itself", async () => {
    const verifier = randomBytes(32).toString("base64url");
    const redirect = await authorize({}, verifier);
    expect(redirect.get("state")).toBe("s1");
    const res = await token(redirect.get("code")!, verifier);
    const tok = (await res.json()) as { access_token: string; patient: string; scope: string; expires_in: number };
    expect(tok).toMatchObject({ patient: PATIENT, scope: "launch/patient patient/Observation.read", expires_in: 3600 });
    const headers = { Authorization: `Bearer ${tok.access_token}` };
    expect((await fetch(`${as.fhirBase}/Observation?patient=${PATIENT}`)).status).toBe(401);
    expect((await fetch(`${as.fhirBase}/Condition?patient=${PATIENT}`, { headers })).status, "Condition not granted").toBe(403);
    let url: string | undefined = `${as.fhirBase}/Observation?patient=${PATIENT}&_count=5`;
    let pages = 0;
    while (url !== undefined && pages < 50) {
      expect(url.startsWith(`${as.fhirBase}/Observation?`)).toBe(true);
      const r = await fetch(url, { headers });
      expect(r.status).toBe(200);
      const b = (await r.json()) as { link?: { relation: string; url: string }[]; entry?: { fullUrl: string }[] };
      expect(b.entry?.every((e) => e.fullUrl.startsWith(as.fhirBase))).toBe(true);
      url = b.link?.find((l) => l.relation === "next")?.url;
      pages++;
    }
    expect(pages).toBeGreaterThan(1);
    expect(url).toBeUndefined();
  });
});
