import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEST_RESOURCES } from "./fhir/test-data.ts";
import type { Res } from "./fhir/types.ts";
import { startSandbox, type Sandbox, type SandboxOptions } from "./server.ts";

/** Test-only: `count` platelet Observations for Patient/pg, one per day from 2016-01-01, LOINC 777-3 / 26515-7 alternating. */
export function plateletSeries(count: number): Res[] {
  const out: Res[] = [{ resourceType: "Patient", id: "pg", name: [{ family: "Gamma", given: ["Gil"] }] }];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    out.push({
      resourceType: "Observation", id: `pg-${i}`, status: "final", subject: { reference: "Patient/pg" },
      category: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" }] }],
      code: { coding: [{ system: "http://loinc.org", code: i % 2 === 0 ? "777-3" : "26515-7" }] },
      effectiveDateTime: `${day}T08:00:00Z`,
    });
  }
  return out;
}

/**
 * Starts a sandbox on a free port with the search test data (+ a 1,000-point series) as its only "scenario",
 * no public fixtures and no app. The caller closes it.
 */
export async function startTestSandbox(extra: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  const dir = mkdtempSync(join(tmpdir(), "sandbox-test-"));
  const entry = [...TEST_RESOURCES, ...plateletSeries(1000)].map((resource) => ({ fullUrl: `urn:test:${resource.resourceType}/${resource.id}`, resource }));
  writeFileSync(join(dir, "test-data.json"), JSON.stringify({ resourceType: "Bundle", type: "collection", entry }));
  const sb = await startSandbox({ port: 0, app: "none", scenariosDir: dir, fixturesDir: join(dir, "no-public"), rebase: false, ...extra });
  const close = sb.close;
  return { ...sb, close: async () => { await close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** A PKCE pair (RFC 7636, S256). */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export const REDIRECT = "http://127.0.0.1:5999/index.html";

/** Runs GET /auth/authorize without following the redirect; returns the Location's query (or the response). */
export async function authorize(sb: Sandbox, params: Record<string, string>): Promise<{ status: number; location?: URL; body: string }> {
  const q = new URLSearchParams({
    response_type: "code", client_id: "itp-navigator", redirect_uri: REDIRECT, state: "st-1", aud: sb.fhirBase, code_challenge_method: "S256", ...params,
  });
  const res = await fetch(`${sb.appOrigin}/auth/authorize?${q}`, { redirect: "manual" });
  const loc = res.headers.get("location");
  return { status: res.status, ...(loc ? { location: new URL(loc) } : {}), body: await res.text() };
}

export async function exchange(sb: Sandbox, form: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${sb.appOrigin}/auth/token`, {
    method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** EHR launch for a patient through to an access token. */
export async function ehrLaunchToken(sb: Sandbox, patient: string, scope: string): Promise<Record<string, unknown>> {
  const launch = ((await (await fetch(`${sb.ehrOrigin}/sandbox/launch`, { method: "POST", body: JSON.stringify({ patient }) })).json()) as { launch: string }).launch;
  const { verifier, challenge } = pkce();
  const a = await authorize(sb, { launch, scope, code_challenge: challenge });
  const code = a.location?.searchParams.get("code");
  if (!code) throw new Error(`no code: ${a.status} ${a.location}`);
  const t = await exchange(sb, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier, client_id: "itp-navigator" });
  return t.json;
}
