/**
 * fetchPatientRecord through the real fhirclient against the sandbox FHIR server (real search engine, SMART auth,
 * EHR launch token with the app's own scopes) for every scenario patient: the resources fetched must equal those of
 * the patient's scenario bundle that the app asks for (all but Observations with other codes).
 * Runs in Node with fhirclient's Node entry (same Client class as the browser's; happy-dom's fetch would apply CORS
 * to the token helper): real HTTP on loopback, no msw.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import smart from "fhirclient/lib/entry/node.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ehrLaunchToken } from "../../sandbox/test-support.ts";
import { startSandbox, type Sandbox } from "../../sandbox/server.ts";
import { fetchPatientRecord } from "../../src/fhir/fetch-record.ts";
import { OBSERVATION_CODES } from "../../src/fhir/queries.ts";
import { buildScopes } from "../../src/smart/scopes.ts";

const SCENARIOS = resolve(import.meta.dirname, "../fixtures/scenarios");
const ids = readdirSync(SCENARIOS).filter((f) => /^[a-z0-9-]+\.json$/.test(f) && !f.endsWith(".expected.json")).map((f) => f.replace(/\.json$/, ""));
const WANTED = new Set<string>(Object.values(OBSERVATION_CODES).flat());

type Res = { resourceType: string; id: string; meta?: unknown; code?: { coding?: { system?: string; code?: string }[] } };
const key = (r: Res): string => `${r.resourceType}/${r.id}`;
const withoutMeta = ({ meta: _meta, ...rest }: Res): Omit<Res, "meta"> => rest;
const asked = (r: Res): boolean =>
  r.resourceType !== "Observation" || (r.code?.coding ?? []).some((c) => c.system === "http://loinc.org" && WANTED.has(c.code ?? ""));

/** What a server does on load: `urn:uuid:` references become `Type/id` (https://hl7.org/fhir/R4/bundle.html#references). */
function resolveUrnRefs(value: unknown, urls: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => resolveUrnRefs(v, urls));
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === "reference" && typeof v === "string" ? (urls.get(v) ?? v) : resolveUrnRefs(v, urls)]),
    );
  }
  return value;
}

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, app: "none", scenariosDir: SCENARIOS, fixturesDir: resolve(SCENARIOS, "no-public-fixtures"), rebase: false });
});
afterAll(async () => sb.close());

describe("fetchPatientRecord against the sandbox, per scenario", () => {
  it("finds the scenario bundles", () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
  });

  it.each(ids)("%s", async (id) => {
    const bundle = JSON.parse(readFileSync(resolve(SCENARIOS, `${id}.json`), "utf8")) as { entry: { fullUrl?: string; resource: Res }[] };
    const urls = new Map(bundle.entry.flatMap((e) => (e.fullUrl?.startsWith("urn:") ? [[e.fullUrl, key(e.resource)] as const] : [])));
    const expected = bundle.entry.map((e) => resolveUrnRefs(e.resource, urls) as Res).filter(asked).map(withoutMeta).sort((a, b) => key(a as Res).localeCompare(key(b as Res)));
    const token = await ehrLaunchToken(sb, id, buildScopes({ scopeVersion: "v2", launch: "ehr", openid: true }));
    const client = smart({ headers: { host: "localhost" }, url: "/", socket: {} } as never, {} as never).client({ serverUrl: sb.fhirBase, tokenResponse: token });
    expect(client.patient.id).toBe(id);

    const started = performance.now();
    const record = await fetchPatientRecord(client, id);
    if (id === "itp-ten-year-history") {
      const ms = Math.round(performance.now() - started);
      console.log(`[fetch-sandbox] ${id}: ${record.resources.length} resources, ${record.queries.length} HTTP requests, ${ms} ms`);
    }
    const fetched = (record.resources as Res[]).map(withoutMeta).sort((a, b) => key(a as Res).localeCompare(key(b as Res)));
    expect(record.unavailable).toEqual([]);
    expect(fetched.map((r) => key(r as Res))).toEqual(expected.map((r) => key(r as Res)));
    expect(fetched).toEqual(expected);
    expect(record.queries.every((q) => q.status === 200)).toBe(true);
  });
});
