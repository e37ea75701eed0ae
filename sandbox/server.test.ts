import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "./server.ts";
import { startTestSandbox } from "./test-support.ts";

let sb: Sandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb.close();
});

type Bundle = { total?: number; link?: { relation: string; url: string }[]; entry?: { resource: { resourceType: string; id: string }; search?: { mode: string } }[] };
const get = async (url: string, init?: RequestInit): Promise<{ status: number; json: Bundle & Record<string, unknown>; headers: Headers }> => {
  const res = await fetch(url, init);
  return { status: res.status, json: (await res.json()) as Bundle & Record<string, unknown>, headers: res.headers };
};
const next = (b: Bundle): string | undefined => b.link?.find((l) => l.relation === "next")?.url;

describe("open mode and paging", () => {
  it("serves /open/fhir without a token, and /fhir asks for one", async () => {
    expect((await get(`${sb.openFhirBase}/Patient/p1`)).json.id).toBe("p1");
    const secured = await get(`${sb.fhirBase}/Patient/p1`);
    expect(secured.status).toBe(401);
    expect(secured.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await get(`${sb.openFhirBase}/metadata`)).json.rest).toEqual([expect.not.objectContaining({ security: expect.anything() })]);
  });

  it("walks next links to the end: each page once, no repeats, links on the host the client called", async () => {
    const base = `${sb.ehrOrigin}/open/fhir`;
    let url: string | undefined = `${base}/Observation?patient=pg&code=http://loinc.org|777-3,http://loinc.org|26515-7&_sort=-date&_count=70`;
    const seen = new Set<string>();
    const ids: string[] = [];
    let pages = 0;
    while (url) {
      expect(seen.has(url)).toBe(false);
      seen.add(url);
      const page = await get(url);
      expect(page.status).toBe(200);
      expect(page.json.total).toBe(1000);
      ids.push(...(page.json.entry ?? []).map((e) => e.resource.id));
      url = next(page.json);
      if (url) expect(url.startsWith(`${base}/Observation?_page=`)).toBe(true);
      pages++;
    }
    expect(pages).toBe(15);
    expect(new Set(ids).size).toBe(1000);
    expect(ids[0]).toBe("pg-999");
    expect(ids.at(-1)).toBe("pg-0");
  });

  it("builds links from X-Forwarded-Host and rejects a tampered page token", async () => {
    const page = await get(`${sb.openFhirBase}/Observation?patient=pg&_count=10`, { headers: { "X-Forwarded-Host": "proxy.localhost:9443" } });
    const n = next(page.json) as string;
    expect(n.startsWith("http://proxy.localhost:9443/open/fhir/Observation?_page=")).toBe(true);
    const token = new URL(n).searchParams.get("_page") as string;
    expect((await get(`${sb.openFhirBase}/Observation?_page=${token.slice(0, -2)}xx`)).status).toBe(400);
    expect((await get(`${sb.openFhirBase}/Observation?_page=${token}&patient=p1`)).status).toBe(400);
  });

  it("includes the referenced Medication with search.mode include (not a contained one)", async () => {
    const b = (await get(`${sb.openFhirBase}/MedicationRequest?patient=p1&_include=MedicationRequest:medication`)).json;
    const modes = (b.entry ?? []).map((e) => `${e.search?.mode}:${e.resource.resourceType}/${e.resource.id}`).sort();
    expect(modes).toEqual(["include:Medication/med1", "match:MedicationRequest/m1", "match:MedicationRequest/m2", "match:MedicationRequest/m4"]);
    expect(b.total).toBe(3);
  });

  it("answers _summary=count and POST _search like GET", async () => {
    const c = (await get(`${sb.openFhirBase}/Observation?patient=pg&_summary=count`)).json;
    expect(c.total).toBe(1000);
    expect(c.entry).toBeUndefined();
    const post = await get(`${sb.openFhirBase}/Observation/_search`, {
      method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "patient=p2&status=final",
    });
    expect((post.json.entry ?? []).map((e) => e.resource.id)).toEqual(["o6"]);
  });

  it("rejects unknown parameters with a 400 OperationOutcome, or ignores them with a warning when lenient", async () => {
    const strict = await get(`${sb.openFhirBase}/Observation?patient=p1&foo=bar`);
    expect(strict.status).toBe(400);
    expect(strict.json.resourceType).toBe("OperationOutcome");
    const lenient = await get(`${sb.openFhirBase}/Observation?patient=p2&foo=bar`, { headers: { Prefer: "handling=lenient" } });
    expect(lenient.status).toBe(200);
    expect((lenient.json.entry ?? []).filter((e) => e.search?.mode === "outcome")).toHaveLength(1);
    expect(lenient.json.total).toBe(3);
  });

  it("reads: 404 for an unknown id, 405 for writes", async () => {
    expect((await get(`${sb.openFhirBase}/Observation/nope`)).status).toBe(404);
    expect((await get(`${sb.openFhirBase}/Observation`, { method: "POST", body: "{}" })).status).toBe(405);
  });
});

describe("faults", () => {
  const setFaults = async (body: unknown): Promise<number> =>
    (await fetch(`${sb.appOrigin}/sandbox/faults`, { method: "POST", body: JSON.stringify(body) })).status;

  it("fails the next request with 429 + Retry-After, then recovers", async () => {
    expect(await setFaults({ failNext: 1, errorStatuses: [429], retryAfterSeconds: 2 })).toBe(200);
    const r1 = await get(`${sb.openFhirBase}/Observation?patient=p1`);
    expect(r1.status).toBe(429);
    expect(r1.headers.get("retry-after")).toBe("2");
    expect((await get(`${sb.openFhirBase}/Observation?patient=p1`)).status).toBe(200);
  });

  it("errorRate 1 fails every data request with the listed statuses; metadata is spared", async () => {
    await setFaults({ errorRate: 1, errorStatuses: [500, 503] });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(`${sb.openFhirBase}/Patient/p1`)).status);
    expect(new Set(statuses)).toEqual(new Set([500, 503]));
    expect((await get(`${sb.openFhirBase}/metadata`)).status).toBe(200);
    await fetch(`${sb.appOrigin}/sandbox/faults`, { method: "DELETE" });
    expect((await get(`${sb.openFhirBase}/Patient/p1`)).status).toBe(200);
  });

  it("forbids and drops types, adds latency, requires category; rejects bad fault JSON", async () => {
    await setFaults({ forbidTypes: ["Condition"], unsupportedTypes: ["MedicationStatement"], latencyMs: 120, requireObservationCategory: true });
    expect((await get(`${sb.openFhirBase}/Condition?patient=p1`)).status).toBe(403);
    expect((await get(`${sb.openFhirBase}/MedicationStatement?patient=p1`)).status).toBe(404);
    const t0 = performance.now();
    expect((await get(`${sb.openFhirBase}/Observation?patient=p1`)).status).toBe(400);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(110);
    expect((await get(`${sb.openFhirBase}/Observation?patient=p1&category=laboratory`)).status).toBe(200);
    expect(await setFaults({ latencyMs: "slow" })).toBe(400);
    expect(await setFaults({ nope: 1 })).toBe(400);
    await fetch(`${sb.appOrigin}/sandbox/faults`, { method: "DELETE" });
  });
});

describe("CORS, metadata and the launcher", () => {
  it("allows loopback origins with Authorization, not others", async () => {
    const pre = await fetch(`${sb.fhirBase}/Observation`, {
      method: "OPTIONS", headers: { Origin: sb.ehrOrigin, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(sb.ehrOrigin);
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    const other = await fetch(`${sb.openFhirBase}/Patient/p1`, { headers: { Origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("advertises SMART in metadata and smart-configuration", async () => {
    const cap = (await get(`${sb.fhirBase}/metadata`)).json as { rest: { security: { extension: { extension: { url: string; valueUri: string }[] }[] } }[] };
    expect(cap.rest[0]?.security.extension[0]?.extension.map((e) => e.url)).toEqual(["authorize", "token"]);
    const conf = (await get(`${sb.fhirBase}/.well-known/smart-configuration`)).json as Record<string, unknown>;
    expect(conf.code_challenge_methods_supported).toEqual(["S256"]);
    expect(conf.capabilities).toEqual(expect.arrayContaining(["launch-ehr", "launch-standalone", "client-public", "permission-v2", "sso-openid-connect"]));
    expect(conf.authorization_endpoint).toBe(`${sb.appOrigin}/auth/authorize`);
  });

  it("answers on [::1] as well (Chromium may resolve localhost to either address)", async () => {
    const res = await fetch(`http://[::1]:${new URL(sb.appOrigin).port}/open/fhir/Patient/p1`);
    expect(res.status).toBe(200);
  });

  it("serves the launcher on localhost only, with the app launch URL on 127.0.0.1", async () => {
    const html = await (await fetch(`${sb.ehrOrigin}/`)).text();
    expect(html).toContain("Open ITP Navigator");
    expect(html).toContain(`${sb.appOrigin}/launch.html`);
    expect(html.indexOf("Alpha")).toBeGreaterThan(0);
    expect((await fetch(`${sb.appOrigin}/`)).status).toBe(404);
  });
});
