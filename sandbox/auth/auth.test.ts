import { verify, createPublicKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../server.ts";
import { authorize, ehrLaunchToken, exchange, pkce, REDIRECT, startTestSandbox } from "../test-support.ts";

let sb: Sandbox;
let now = Date.UTC(2026, 10, 20, 12);
beforeAll(async () => {
  sb = await startTestSandbox({ clock: () => now });
});
afterAll(async () => {
  await sb.close();
});

const fhir = (path: string, token: unknown): Promise<Response> => fetch(`${sb.fhirBase}/${path}`, { headers: { Authorization: `Bearer ${String(token)}` } });

// Flow: https://hl7.org/fhir/smart-app-launch/app-launch.html ; errors: RFC 6749 §4.1.2.1 and §5.2
describe("EHR launch with PKCE", () => {
  it("issues a code for the launch's patient and tokens with patient, refresh_token and a signed id_token", async () => {
    const t = await ehrLaunchToken(sb, "p1", "launch openid fhirUser patient/*.read offline_access");
    expect(t).toMatchObject({ token_type: "Bearer", patient: "p1", expires_in: 3600, need_patient_banner: false });
    expect(t.scope).toBe("launch openid fhirUser patient/*.read offline_access");
    expect(typeof t.refresh_token).toBe("string");
    const [h, p, s] = String(t.id_token).split(".");
    const claims = JSON.parse(Buffer.from(p as string, "base64url").toString()) as Record<string, unknown>;
    expect(claims.fhirUser).toBe(`${sb.appOrigin}/fhir/Practitioner/sandbox-clinician`);
    const jwks = (await (await fetch(`${sb.appOrigin}/auth/jwks`)).json()) as { keys: Record<string, unknown>[] };
    const key = createPublicKey({ key: jwks.keys[0] as never, format: "jwk" });
    expect(verify("sha256", Buffer.from(`${h}.${p}`), key, Buffer.from(s as string, "base64url"))).toBe(true);
    // Resources outside any patient compartment (Practitioner, Medication) are readable with patient/*.read
    expect((await fhir("Practitioner/sandbox-clinician", t.access_token)).status).toBe(200);
    expect((await fhir("Patient/p2", t.access_token)).status).toBe(403);
    expect((await fhir("Observation?patient=p1", t.access_token)).status).toBe(200);
  });

  it("rejects a wrong verifier and a reused code with invalid_grant", async () => {
    const launch = ((await (await fetch(`${sb.ehrOrigin}/sandbox/launch`, { method: "POST", body: JSON.stringify({ patient: "p1" }) })).json()) as { launch: string }).launch;
    const { verifier, challenge } = pkce();
    const a = await authorize(sb, { launch, scope: "launch patient/*.rs", code_challenge: challenge });
    expect(a.location?.searchParams.get("state")).toBe("st-1");
    const code = a.location?.searchParams.get("code") as string;
    const base = { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: "itp-navigator" };
    const bad = await exchange(sb, { ...base, code_verifier: pkce().verifier });
    expect(bad).toEqual({ status: 400, json: expect.objectContaining({ error: "invalid_grant" }) });
    expect((await exchange(sb, { ...base, code_verifier: verifier })).json.error).toBe("invalid_grant");
  });

  it.each([
    [{ code_challenge_method: "plain" }, "invalid_request"],
    [{ code_challenge: "" }, "invalid_request"],
    [{ aud: "http://127.0.0.1:1/other" }, "invalid_request"],
    [{ response_type: "token" }, "unsupported_response_type"],
    [{ launch: "no-such-launch" }, "invalid_request"],
    [{ scope: "fancy/unknown" }, "invalid_scope"],
  ])("redirects %j back with error=%s and the state", async (params, error) => {
    const a = await authorize(sb, { scope: "launch patient/*.read", code_challenge: pkce().challenge, ...params });
    expect(a.status).toBe(302);
    expect(a.location?.searchParams.get("error")).toBe(error);
    expect(a.location?.searchParams.get("state")).toBe("st-1");
  });

  it("shows an error page, not a redirect, for a non-loopback redirect_uri", async () => {
    const a = await authorize(sb, { redirect_uri: "https://evil.example/cb", scope: "launch", code_challenge: pkce().challenge });
    expect(a.status).toBe(400);
    expect(a.location).toBeUndefined();
    expect(a.body).toContain("loopback");
  });
});

describe("standalone launch", () => {
  const decide = async (body: Record<string, string>): Promise<URL> => {
    const res = await fetch(`${sb.appOrigin}/auth/authorize/decision`, { method: "POST", body: new URLSearchParams(body), redirect: "manual" });
    return new URL(res.headers.get("location") as string);
  };

  it("shows a patient picker and issues a token for the chosen patient", async () => {
    const { verifier, challenge } = pkce();
    const a = await authorize(sb, { scope: "launch/patient patient/Observation.rs", code_challenge: challenge });
    expect(a.status).toBe(200);
    expect(a.body).toContain('value="p2"');
    const request = /name="request" value="([^"]+)"/.exec(a.body)?.[1] as string;
    const loc = await decide({ request, decision: "approve", patient: "p2" });
    const t = await exchange(sb, { grant_type: "authorization_code", code: loc.searchParams.get("code") as string, redirect_uri: REDIRECT, code_verifier: verifier });
    expect(t.json).toMatchObject({ patient: "p2", need_patient_banner: true });
    expect(t.json.refresh_token).toBeUndefined();
  });

  it("Deny redirects with access_denied and the state", async () => {
    const a = await authorize(sb, { scope: "launch/patient patient/*.read", code_challenge: pkce().challenge, state: "st-deny" });
    const request = /name="request" value="([^"]+)"/.exec(a.body)?.[1] as string;
    const loc = await decide({ request, decision: "deny" });
    expect(loc.searchParams.get("error")).toBe("access_denied");
    expect(loc.searchParams.get("error_description")).toBeTruthy();
    expect(loc.searchParams.get("state")).toBe("st-deny");
  });
});

describe("token use", () => {
  it("enforces scopes per type (v1 and v2) and the patient compartment", async () => {
    const t = await ehrLaunchToken(sb, "p1", "launch patient/Observation.rs patient/MedicationRequest.r");
    const tok = t.access_token;
    expect((await fhir("Observation?patient=p1", tok)).status).toBe(200);
    expect((await fhir("Condition?patient=p1", tok)).status).toBe(403);
    expect((await fhir("MedicationRequest?patient=p1", tok)).status).toBe(403);
    expect((await fhir("MedicationRequest/m1", tok)).status).toBe(200);
    expect((await fhir("Observation?patient=p2", tok)).status).toBe(403);
    expect((await fhir("Observation/o5", tok)).status).toBe(403);
    const all = (await (await fhir("Observation?category=laboratory", tok)).json()) as { total: number };
    expect(all.total).toBe(4);
  });

  it("limits a v2 query scope to the matching resources", async () => {
    const t = await ehrLaunchToken(sb, "p1", "launch patient/Observation.rs?category=vital-signs");
    const b = (await (await fhir("Observation?patient=p1", t.access_token)).json()) as { entry?: { resource: { id: string } }[] };
    expect((b.entry ?? []).map((e) => e.resource.id)).toEqual(["o4"]);
    expect((await fhir("Observation/o1", t.access_token)).status).toBe(403);
    expect((await fhir("Observation/o4", t.access_token)).status).toBe(200);
  });

  it("answers 401 with WWW-Authenticate once the token expires, and refresh gives a working token", async () => {
    await fetch(`${sb.appOrigin}/sandbox/faults`, { method: "POST", body: JSON.stringify({ tokenLifetimeSeconds: 60 }) });
    const t = await ehrLaunchToken(sb, "p1", "launch patient/*.read online_access");
    expect(t.expires_in).toBe(60);
    now += 61_000;
    const expired = await fhir("Patient/p1", t.access_token);
    expect(expired.status).toBe(401);
    expect(expired.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
    const r = await exchange(sb, { grant_type: "refresh_token", refresh_token: String(t.refresh_token) });
    expect(r.status).toBe(200);
    expect(r.json.patient).toBe("p1");
    expect((await fhir("Patient/p1", r.json.access_token)).status).toBe(200);
    expect((await exchange(sb, { grant_type: "refresh_token", refresh_token: String(t.refresh_token) })).json.error).toBe("invalid_grant");
    await fetch(`${sb.appOrigin}/sandbox/faults`, { method: "DELETE" });
  });

  it("rejects unknown tokens and unsupported grants", async () => {
    expect((await fhir("Patient/p1", "forged")).status).toBe(401);
    expect((await exchange(sb, { grant_type: "password" })).json.error).toBe("unsupported_grant_type");
  });
});
