/**
 * The composition root's state machine, outside React (so StrictMode's double effects cannot launch twice):
 * ready() -> fetchPatientRecord -> normalise -> evaluate(model, asOf, overrides), with progress and a partial model
 * (platelets first) while loading. Overrides re-run evaluate in memory, never refetch. Dependencies are injected.
 */
import type { Evaluation } from "../contract/evaluation.ts";
import type { FetchedRecord, FetchOptions, FetchProgress } from "../fhir/fetch-record.ts";
import type { FhirClient } from "../fhir/request.ts";
import type { NormaliseInput } from "../model/normalise.ts";
import { NO_OVERRIDES, type Overrides } from "../model/overrides.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { NoPatientContextError, toErrorState } from "./load-errors.ts";
import type { LoadState, ResourceProgress } from "./load-state.ts";

/** The authorized client as the loader uses it (fhirclient's Client fits). */
export type LaunchedClient = FhirClient & { readonly patient: { readonly id: string | null } };

export interface EvaluationDeps {
  readonly completeLaunch: () => Promise<LaunchedClient>;
  readonly fetchRecord: (client: LaunchedClient, patientId: string, options: FetchOptions) => Promise<FetchedRecord>;
  readonly normalise: (input: NormaliseInput) => PatientModel;
  readonly evaluate: (model: PatientModel, asOf: string, overrides?: Overrides) => Evaluation;
  /** YYYY-MM-DD, read once per load. */
  readonly today: () => string;
  readonly pageUrl: URL;
}

export interface EvaluationStore {
  getState(): LoadState;
  subscribe(listener: () => void): () => void;
  /** Runs the load once; later calls return the same promise. */
  start(): Promise<void>;
  setOverrides(overrides: Overrides): void;
}

/** Progress labels: the resource type first, then what it is for. */
const LABELS: Record<string, string> = {
  "Observation:platelets": "Observation (platelet counts)",
  "Observation:vitals": "Observation (weight, height)",
  "Observation:liver": "Observation (liver tests)",
};

/** Keys whose resources are enough for a first chart. */
const EARLY = ["Patient", "Observation:platelets"];

/**
 * @param deps - launch, fetch, normalise, evaluate, clock and page URL
 * @returns a store for useSyncExternalStore
 */
export function createEvaluationStore(deps: EvaluationDeps): EvaluationStore {
  let state: LoadState = { status: "loading", progress: [] };
  let running: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: LoadState): void => {
    state = next;
    listeners.forEach((l) => l());
  };

  const progress = new Map<string, ResourceProgress>();
  const early = new Map<string, readonly unknown[]>();
  let patientId = "";
  const onProgress = (p: FetchProgress): void => {
    // Searches still retrying after the fetch has failed must not put an error screen back to "loading".
    if (state.status !== "loading") return;
    progress.set(p.key, { resourceType: LABELS[p.key] ?? p.key, status: p.status, count: p.count });
    let partialModel = state.status === "loading" ? state.partialModel : undefined;
    if (p.status === "done" && p.resources && EARLY.includes(p.key)) {
      early.set(p.key, p.resources);
      try {
        partialModel = deps.normalise({ resources: [...early.values()].flat(), patientId });
      } catch {
        // A partial model is a preview; the full normalisation reports problems properly.
      }
    }
    set({ status: "loading", progress: [...progress.values()], ...(partialModel ? { partialModel } : {}) });
  };

  const load = async (): Promise<void> => {
    let iss: string | undefined;
    try {
      const client = await deps.completeLaunch();
      iss = client.state.serverUrl;
      if (!client.patient.id) {
        throw new NoPatientContextError();
      }
      patientId = client.patient.id;
      const record = await deps.fetchRecord(client, patientId, { onProgress });
      const model = deps.normalise({ resources: record.resources, patientId, unavailable: record.unavailable });
      const asOf = deps.today();
      const evaluation = deps.evaluate(model, asOf, NO_OVERRIDES);
      set({ status: "ready", model, evaluation, queries: record.queries, asOf, overrides: NO_OVERRIDES });
    } catch (error) {
      set(toErrorState(error, deps.pageUrl, iss));
    }
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => (running ??= load()),
    setOverrides: (overrides) => {
      if (state.status !== "ready") {
        return;
      }
      try {
        set({ ...state, overrides, evaluation: deps.evaluate(state.model, state.asOf, overrides) });
      } catch (error) {
        set(toErrorState(error, deps.pageUrl));
      }
    },
  };
}
