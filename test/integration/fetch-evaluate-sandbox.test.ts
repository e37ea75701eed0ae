/**
 * The composition root's store with every real layer but the browser launch: sandbox FHIR server (EHR launch token
 * with the app's scopes) -> fetchPatientRecord -> normalise -> evaluate, as of the scenarios' date. Checks the wiring
 * end to end for each scenario patient: a ready state, the patient, the latest platelet count of the sidecar, the
 * query log, and overrides re-evaluated without refetching.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import smart from "fhirclient/lib/entry/node.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ehrLaunchToken } from "../../sandbox/test-support.ts";
import { startSandbox, type Sandbox } from "../../sandbox/server.ts";
import { createEvaluationStore, type LaunchedClient } from "../../src/app/evaluation-store.ts";
import { fetchPatientRecord } from "../../src/fhir/fetch-record.ts";
import { normalise } from "../../src/model/normalise.ts";
import { evaluate } from "../../src/pathway/evaluate.ts";
import { buildScopes } from "../../src/smart/scopes.ts";

const SCENARIOS = resolve(import.meta.dirname, "../fixtures/scenarios");
const ids = readdirSync(SCENARIOS).filter((f) => /^[a-z0-9-]+\.json$/.test(f) && !f.endsWith(".expected.json")).map((f) => f.replace(/\.json$/, ""));

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, app: "none", scenariosDir: SCENARIOS, fixturesDir: resolve(SCENARIOS, "no-public-fixtures"), rebase: false });
});
afterAll(async () => sb.close());

describe("store: sandbox -> fetch -> normalise -> evaluate", () => {
  it.each(ids)("%s", async (id) => {
    const sidecar = JSON.parse(readFileSync(resolve(SCENARIOS, `${id}.expected.json`), "utf8")) as { asOf: string; expected: { latestPlatelet: number | null } };
    const token = await ehrLaunchToken(sb, id, buildScopes({ scopeVersion: "v2", launch: "ehr", openid: true }));
    const client = smart({ headers: { host: "localhost" }, url: "/", socket: {} } as never, {} as never).client({ serverUrl: sb.fhirBase, tokenResponse: token });
    const fetchRecord = vi.fn(fetchPatientRecord);
    const store = createEvaluationStore({
      completeLaunch: async () => client as unknown as LaunchedClient,
      fetchRecord,
      normalise,
      evaluate,
      today: () => sidecar.asOf,
      pageUrl: new URL("http://127.0.0.1:8480/index.html"),
    });
    await store.start();

    const state = store.getState();
    if (state.status !== "ready") {
      throw new Error(`not ready: ${JSON.stringify(state)}`);
    }
    expect(state.asOf).toBe(sidecar.asOf);
    expect(state.evaluation.patient.id).toBe(id);
    expect(state.evaluation.assessment.latestPlatelet?.value ?? null).toBe(sidecar.expected.latestPlatelet);
    expect(state.queries.length).toBeGreaterThanOrEqual(9);
    expect(state.model.unavailable).toEqual([]);

    store.setOverrides({ ...state.overrides, bleedingNow: true });
    expect(store.getState()).toMatchObject({ status: "ready", overrides: { bleedingNow: true } });
    expect(fetchRecord).toHaveBeenCalledTimes(1);
  });
});
