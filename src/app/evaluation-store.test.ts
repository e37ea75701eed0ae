import { describe, expect, it, vi } from "vitest";
import type { Evaluation } from "../contract/evaluation.ts";
import { SessionExpiredError } from "../fhir/errors.ts";
import type { FetchedRecord, FetchOptions } from "../fhir/fetch-record.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { LaunchProblemError } from "../smart/session.ts";
import { createEvaluationStore, type EvaluationDeps, type LaunchedClient } from "./evaluation-store.ts";
import type { LoadState } from "./load-state.ts";

const ISS = "https://ehr.example/fhir";
const client = (patientId: string | null): LaunchedClient =>
  ({ state: { serverUrl: ISS }, patient: { id: patientId }, request: vi.fn() }) as unknown as LaunchedClient;
const model = (n: number): PatientModel => ({ platelets: Array.from({ length: n }) }) as unknown as PatientModel;
const record: FetchedRecord = { resources: [{ resourceType: "Patient", id: "p1" }], queries: [{ url: "Patient/p1", status: 200, resources: 1, ms: 3 }], unavailable: [] };

function setup(overrides: Partial<EvaluationDeps> = {}) {
  const deps = {
    completeLaunch: vi.fn(async () => client("p1")),
    fetchRecord: vi.fn(async (_c: LaunchedClient, _id: string, options: FetchOptions) => {
      options.onProgress?.({ key: "Observation:platelets", resourceType: "Observation", status: "pending", count: 0 });
      options.onProgress?.({ key: "Observation:platelets", resourceType: "Observation", status: "done", count: 2, resources: [{}, {}] });
      return record;
    }),
    normalise: vi.fn((input: { resources: unknown[] }) => model(input.resources.length)),
    evaluate: vi.fn((_m: PatientModel, asOf: string, o?: unknown) => ({ asOf, overrides: o }) as unknown as Evaluation),
    today: vi.fn(() => "2026-11-20"),
    pageUrl: new URL("https://app.example/index.html"),
    ...overrides,
  };
  const store = createEvaluationStore(deps);
  const states: LoadState[] = [];
  store.subscribe(() => states.push(store.getState()));
  return { deps, store, states };
}

describe("createEvaluationStore", () => {
  it("launch -> fetch -> normalise -> evaluate(asOf from today), with progress and a partial model first", async () => {
    const { deps, store, states } = setup();
    expect(store.getState()).toEqual({ status: "loading", progress: [] });
    await store.start();

    expect(states[0]).toMatchObject({ status: "loading", progress: [{ resourceType: "Observation (platelet counts)", status: "pending", count: 0 }] });
    expect(states[1]).toMatchObject({ status: "loading", progress: [{ status: "done", count: 2 }], partialModel: { platelets: [undefined, undefined] } });
    expect(deps.fetchRecord).toHaveBeenCalledWith(expect.anything(), "p1", expect.anything());
    expect(deps.normalise).toHaveBeenLastCalledWith({ resources: record.resources, patientId: "p1", unavailable: [] });
    expect(store.getState()).toMatchObject({ status: "ready", asOf: "2026-11-20", queries: record.queries, overrides: { therapyOutcomes: {}, baselines: {} } });
    expect(deps.today).toHaveBeenCalledTimes(1);
  });

  it("overrides re-evaluate in memory without refetching", async () => {
    const { deps, store } = setup();
    await store.start();
    const o = { therapyOutcomes: {}, baselines: {}, weightKg: 70 };
    store.setOverrides(o);
    expect(store.getState()).toMatchObject({ status: "ready", overrides: o, evaluation: { overrides: o } });
    expect(deps.fetchRecord).toHaveBeenCalledTimes(1);
    expect(deps.evaluate).toHaveBeenCalledTimes(2);
  });

  it("keeps the error screen when searches still report progress after the fetch failed", async () => {
    let late: FetchOptions["onProgress"];
    const { store } = setup({
      fetchRecord: vi.fn(async (_c: LaunchedClient, _id: string, options: FetchOptions) => {
        late = options.onProgress;
        throw new SessionExpiredError({ url: "https://ehr.example/fhir/Patient/p1" });
      }),
    });
    await store.start();
    expect(store.getState().status).toBe("error");
    late?.({ key: "Condition", resourceType: "Condition", status: "done", count: 3, resources: [{}, {}, {}] });
    expect(store.getState().status).toBe("error");
  });

  it("start() twice launches once (React StrictMode runs effects twice)", async () => {
    const { deps, store } = setup();
    await Promise.all([store.start(), store.start()]);
    expect(deps.completeLaunch).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["launch problem", { completeLaunch: async () => Promise.reject(new LaunchProblemError({ kind: "auth-denied", message: "No.", detail: "access_denied" })) }, { kind: "auth-denied", detail: "access_denied" }],
    ["no patient in context", { completeLaunch: async () => client(null) }, { kind: "no-launch", relaunchUrl: "https://app.example/launch.html?iss=https%3A%2F%2Fehr.example%2Ffhir" }],
    ["401 while fetching", { fetchRecord: async () => Promise.reject(new SessionExpiredError({ url: "u" })) }, { kind: "session-expired", relaunchUrl: "https://app.example/launch.html?iss=https%3A%2F%2Fehr.example%2Ffhir" }],
    ["evaluate throws", { evaluate: () => { throw new Error("rule bug"); } }, { kind: "unexpected", detail: "rule bug" }],
  ])("%s -> error state", async (_name, overrides, expected) => {
    const { store } = setup(overrides as Partial<EvaluationDeps>);
    await store.start();
    expect(store.getState()).toMatchObject({ status: "error", ...expected });
  });
});
