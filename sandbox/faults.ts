/**
 * Fault injection for FHIR data requests: latency, random or counted errors (500/503/429 with Retry-After),
 * forbidden types (403) and unsupported types (404), token lifetime, and the Epic-like category rule.
 * Set from env at start and changed at run time by `POST /sandbox/faults` (JSON, merged), `DELETE` resets.
 */
export type Faults = {
  latencyMs: number;
  /** Fraction 0..1 of data requests that fail. */
  errorRate: number;
  /** Fail exactly the next N data requests (deterministic, for tests). */
  failNext: number;
  /** Statuses to pick from when failing (round robin). */
  errorStatuses: number[];
  retryAfterSeconds: number;
  tokenLifetimeSeconds: number;
  forbidTypes: string[];
  unsupportedTypes: string[];
  requireObservationCategory: boolean;
};

/** No faults: every request answers normally; tokens live one hour. */
export function defaultFaults(): Faults {
  return {
    latencyMs: 0, errorRate: 0, failNext: 0, errorStatuses: [500], retryAfterSeconds: 1, tokenLifetimeSeconds: 3600,
    forbidTypes: [], unsupportedTypes: [], requireObservationCategory: false,
  };
}

const list = (v: string | undefined): string[] | undefined => (v === undefined || v === "" ? undefined : v.split(",").map((s) => s.trim()));

/** Faults from env: SANDBOX_LATENCY_MS, SANDBOX_ERROR_RATE, SANDBOX_ERROR_STATUSES, SANDBOX_RETRY_AFTER,
 * SANDBOX_TOKEN_LIFETIME, SANDBOX_FORBID_TYPES, SANDBOX_UNSUPPORTED_TYPES, SANDBOX_EPIC_CATEGORY=1. */
export function faultsFromEnv(env: NodeJS.ProcessEnv): Partial<Faults> {
  const out: Partial<Faults> = {};
  const num = (k: string): number | undefined => (env[k] === undefined || env[k] === "" ? undefined : Number(env[k]));
  const set = <K extends keyof Faults>(k: K, v: Faults[K] | undefined): void => {
    if (v !== undefined) out[k] = v;
  };
  set("latencyMs", num("SANDBOX_LATENCY_MS"));
  set("errorRate", num("SANDBOX_ERROR_RATE"));
  set("errorStatuses", list(env.SANDBOX_ERROR_STATUSES)?.map(Number));
  set("retryAfterSeconds", num("SANDBOX_RETRY_AFTER"));
  set("tokenLifetimeSeconds", num("SANDBOX_TOKEN_LIFETIME"));
  set("forbidTypes", list(env.SANDBOX_FORBID_TYPES));
  set("unsupportedTypes", list(env.SANDBOX_UNSUPPORTED_TYPES));
  if (env.SANDBOX_EPIC_CATEGORY === "1") out.requireObservationCategory = true;
  return out;
}

/**
 * Validates and merges a JSON patch into the faults.
 * @returns an error message, or undefined when applied
 */
export function patchFaults(faults: Faults, patch: unknown): string | undefined {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return "expected a JSON object";
  const base = defaultFaults();
  for (const [k, v] of Object.entries(patch)) {
    if (!(k in base)) return `unknown fault ${k}`;
    const want = base[k as keyof Faults];
    const ok = Array.isArray(want) ? Array.isArray(v) : typeof v === typeof want;
    if (!ok) return `fault ${k} must be ${Array.isArray(want) ? "an array" : typeof want}`;
  }
  Object.assign(faults, patch);
  return undefined;
}

let rr = 0;

/** The injected failure for this request, if any. */
export function pickFailure(faults: Faults, random = Math.random): { status: number; headers: Record<string, string> } | undefined {
  let fail = false;
  if (faults.failNext > 0) {
    faults.failNext--;
    fail = true;
  } else if (faults.errorRate > 0 && random() < faults.errorRate) fail = true;
  if (!fail) return undefined;
  const statuses = faults.errorStatuses.length > 0 ? faults.errorStatuses : [500];
  const status = statuses[rr++ % statuses.length] ?? 500;
  const headers: Record<string, string> = status === 429 || status === 503 ? { "Retry-After": String(faults.retryAfterSeconds) } : {};
  return { status, headers };
}
