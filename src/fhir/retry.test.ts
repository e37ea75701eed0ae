import { describe, expect, it } from "vitest";
import { FhirHttpError, type FhirErrorKind } from "./errors.ts";
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs } from "./retry.ts";

const err = (status: number, retryAfterSeconds?: number, kind: FhirErrorKind = "http"): FhirHttpError =>
  new FhirHttpError({ status, url: "u", kind, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) });

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-25T10:00:00Z");
  it.each([
    ["seconds", "2", 2],
    ["zero", "0", 0],
    ["HTTP-date 5 s ahead", "Wed, 25 Nov 2026 10:00:05 GMT", 5],
    ["HTTP-date in the past", "Wed, 25 Nov 2026 09:00:00 GMT", 0],
    ["absent", null, undefined],
    ["garbage", "soon", undefined],
  ])("%s", (_name, header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});

describe("retryDelayMs (policy: 3 retries on 429/503, 1 on 500/502/504/network, wait <= 30 s)", () => {
  it.each([
    ["429 with Retry-After 1", err(429, 1), 0, 1000],
    ["503 without Retry-After: backoff 500 ms", err(503), 0, 500],
    ["503 third retry: backoff 2,000 ms", err(503), 2, 2000],
    ["429 after 3 retries: give up", err(429, 1), 3, null],
    ["429 asking 31 s (> 30 s): give up", err(429, 31), 0, null],
    ["429 asking exactly 30 s: wait", err(429, 30), 0, 30_000],
    ["500 first time: retry", err(500), 0, 500],
    ["500 second time: give up", err(500), 1, null],
    ["network first time: retry", err(0, undefined, "network"), 0, 500],
    ["400: never", err(400), 0, null],
    ["403: never", err(403), 0, null],
    ["404: never", err(404), 0, null],
    ["invalid JSON: never", err(0, undefined, "invalid-json"), 0, null],
  ])("%s", (_name, error, done, delay) => {
    expect(retryDelayMs(error, done, DEFAULT_RETRY_POLICY)).toBe(delay);
  });
});
