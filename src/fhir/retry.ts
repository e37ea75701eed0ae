/**
 * When to try a failed FHIR request again, and after how long. Pure; the caller sleeps.
 * 429 and 503 are "try later" (RFC 9110 section 10.2.3 Retry-After, RFC 6585 section 4); other 5xx and network
 * failures are retried once; 4xx never (they will fail the same way).
 */
import type { FhirHttpError } from "./errors.ts";

export interface RetryPolicy {
  /** Retries after 429/503. */
  readonly busyRetries: number;
  /** Retries after 500/502/504 or a network failure. */
  readonly failureRetries: number;
  /** First backoff when the server gives no Retry-After; doubles per retry. */
  readonly baseDelayMs: number;
  /** A longer Retry-After than this is not waited for: the request fails instead. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { busyRetries: 3, failureRetries: 1, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * Parses a Retry-After header: delay-seconds or an HTTP-date.
 * @param header - the header value, or null
 * @param nowMs - the current time (for the HTTP-date form)
 * @returns seconds to wait (>= 0), or undefined when absent or unreadable
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined || header.trim() === "") {
    return undefined;
  }
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/**
 * The delay before the next try, or null when the error is final.
 * @param error - the failure of the last try
 * @param retriesDone - how many retries were already made for this request
 * @param policy - bounds
 */
export function retryDelayMs(error: FhirHttpError, retriesDone: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number | null {
  const backoff = policy.baseDelayMs * 2 ** retriesDone;
  if (error.kind === "http" && (error.status === 429 || error.status === 503)) {
    if (retriesDone >= policy.busyRetries) {
      return null;
    }
    const asked = error.retryAfterSeconds === undefined ? backoff : error.retryAfterSeconds * 1000;
    return asked > policy.maxDelayMs ? null : asked;
  }
  const transient = (error.kind === "http" && [500, 502, 504].includes(error.status)) || error.kind === "network";
  if (transient && retriesDone < policy.failureRetries) {
    return backoff;
  }
  return null;
}
