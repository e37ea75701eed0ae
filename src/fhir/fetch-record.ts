/**
 * Reads one patient's record for the pathway: every query of src/fhir/queries.ts in parallel, all pages, then the
 * referenced Medications not already included. Failures of one type are recorded in `unavailable` and the rest
 * continue; a 401 stops everything (SessionExpiredError). The query log stays in memory: its URLs name the patient.
 */
import type { FhirHttpError } from "./errors.ts";
import { fetchSpec, type SpecOutcome } from "./fetch-spec.ts";
import { missingMedicationIds } from "./medication-refs.ts";
import type { PagingContext, QueryLogEntry } from "./pages.ts";
import { fetchMedications, MEDICATION_SPEC } from "./fetch-medications.ts";
import { patientQueries, queryUrl, type QuerySpec } from "./queries.ts";
import type { FhirClient } from "./request.ts";
import type { RetryPolicy } from "./retry.ts";

export type { QueryLogEntry } from "./pages.ts";

export interface FetchedRecord {
  readonly resources: unknown[];
  readonly queries: QueryLogEntry[];
  readonly unavailable: { resourceType: string; reason: string }[];
}

/** Progress of one query family ("Observation:platelets"...); `resources` is set when it is done. */
export interface FetchProgress {
  readonly key: string;
  readonly resourceType: string;
  readonly status: "pending" | "done" | "failed";
  readonly count: number;
  readonly resources?: readonly unknown[];
}

export interface FetchOptions {
  readonly onProgress?: (progress: FetchProgress) => void;
  /** Add `_sort=-date` to Observation searches. */
  readonly sort?: boolean;
  readonly signal?: AbortSignal;
  readonly retryPolicy?: RetryPolicy;
  /** Injected for tests; defaults to setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param client - the authorized fhirclient Client (from FHIR.oauth2.ready())
 * @param patientId - the launch context's patient id
 * @param options - progress callback, sort, abort signal, retry policy
 * @returns every resource read, the query log, and the types that could not be read
 * @throws SessionExpiredError on 401; the first FhirHttpError when every query failed on the network or with 5xx
 */
export async function fetchPatientRecord(client: FhirClient, patientId: string, options: FetchOptions = {}): Promise<FetchedRecord> {
  const queries: QueryLogEntry[] = [];
  const ctx: PagingContext = {
    client,
    log: (entry) => queries.push(entry),
    sleep: options.sleep ?? defaultSleep,
    now: () => performance.now(),
    ...(options.retryPolicy ? { policy: options.retryPolicy } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };

  const run = async (spec: QuerySpec, runner: (onPage: (r: readonly unknown[]) => void) => Promise<SpecOutcome>): Promise<SpecOutcome> => {
    let count = 0;
    const report = (status: FetchProgress["status"], resources?: readonly unknown[]): void =>
      options.onProgress?.({ key: spec.key, resourceType: spec.resourceType, status, count, ...(resources ? { resources } : {}) });
    report("pending");
    const outcome = await runner((page) => {
      count += page.length;
      report("pending");
    });
    count = outcome.resources.length;
    report(outcome.unavailable ? "failed" : "done", outcome.resources);
    return outcome;
  };

  const specs = patientQueries({ sort: options.sort === true });
  const running = new Map(
    specs.map((spec) => [spec.key, run(spec, (onPage) => fetchSpec(ctx, spec, (extra) => queryUrl(spec, patientId, extra), onPage))] as const),
  );
  // Listed from the start, though it runs only once the medication searches are done.
  options.onProgress?.({ key: MEDICATION_SPEC.key, resourceType: MEDICATION_SPEC.resourceType, status: "pending", count: 0 });
  const medicationSearches = ["MedicationRequest", "MedicationStatement", "MedicationAdministration"].map((k) => running.get(k));
  const medications = Promise.all(medicationSearches).then((found) => {
    const ids = missingMedicationIds(found.flatMap((o) => o?.resources ?? []), client.state.serverUrl);
    return run(MEDICATION_SPEC, (onPage) => fetchMedications(ctx, ids, onPage));
  });
  // Marked handled here: when a main query throws (401), this derived promise rejects too and is never awaited.
  medications.catch(() => undefined);

  const main = await Promise.all(running.values());
  const failures = main.flatMap((o) => (o.error ? [o.error] : []));
  const firstFailure = failures[0];
  if (firstFailure && failures.length === main.length && failures.every(isOutage)) {
    throw firstFailure;
  }
  const outcomes = [...main, await medications];
  return {
    resources: outcomes.flatMap((o) => o.resources),
    queries,
    unavailable: outcomes.flatMap((o) => (o.unavailable ? [o.unavailable] : [])),
  };
}

function isOutage(error: FhirHttpError): boolean {
  return error.kind === "network" || (error.kind === "http" && error.status >= 500);
}
