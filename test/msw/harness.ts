/**
 * Shared set-up for the fetch integration tests: one msw server per test file (unhandled requests fail),
 * a real fhirclient Client (browser entry, under happy-dom) pointed at the fake FHIR server, and a recording sleep.
 */
import FHIR from "fhirclient";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { fakeFhirServer, type FakeFhirOptions, type FakeFhirServer } from "./fake-fhir-server.ts";

export const BASE = "https://ehr.example.test/fhir";
export const TOKEN = "token-123";
export const PATIENT = "p1";

/** Starts msw for the calling test file and returns a function that installs a fake FHIR server per test. */
export function useMsw(): (opts: Omit<FakeFhirOptions, "base" | "token"> & Partial<Pick<FakeFhirOptions, "token">>) => FakeFhirServer {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return (opts) => {
    const fake = fakeFhirServer({ base: BASE, token: TOKEN, ...opts });
    server.use(...fake.handlers);
    return fake;
  };
}

/** The real fhirclient Client, as FHIR.oauth2.ready() would return it after a launch for PATIENT. */
export function makeClient(token = TOKEN): ReturnType<typeof FHIR.client> {
  return FHIR.client({ serverUrl: BASE, tokenResponse: { access_token: token, patient: PATIENT } });
}

/** A sleep that returns at once and remembers what it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}
