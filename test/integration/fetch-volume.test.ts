// @vitest-environment happy-dom
/**
 * The ten-year patient (1,000 platelet counts) through msw: how many HTTP requests fetchPatientRecord makes and how
 * many are in flight at once. Figures are printed (run: npx vitest run test/integration/fetch-volume.test.ts).
 */
import { describe, expect, it } from "vitest";
import { fetchPatientRecord } from "../../src/fhir/fetch-record.ts";
import { makeClient, PATIENT, useMsw } from "../msw/harness.ts";
import { byTypeAndId, expectedFetch, syntheticRecord } from "../msw/synthetic-record.ts";

const serve = useMsw();
const { mine, others } = syntheticRecord(PATIENT, 1000);
const expected = expectedFetch(mine).sort(byTypeAndId);

describe("ten-year patient, 1,000 platelet Observations", () => {
  it.each([
    // [server page cap, requests expected: 9 query families + 1 Medication _id read + extra platelet pages]
    ["server honours _count=1000", 1000, 10],
    ["server caps pages at 100", 100, 10 + 9],
  ])("%s", async (name, maxPageSize, requests) => {
    const fake = serve({ resources: [...mine, ...others], maxPageSize, supportsInclude: true, latencyMs: 5 });
    const started = performance.now();
    const record = await fetchPatientRecord(makeClient(), PATIENT);
    const ms = Math.round(performance.now() - started);

    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
    expect(fake.requests).toHaveLength(requests);
    // All nine query families start together; the Medication read waits for the three medication searches.
    expect(fake.maxConcurrency()).toBe(9);
    console.log(
      `[fetch-volume] ${name}: ${record.resources.length} resources, ${fake.requests.length} HTTP requests, ` +
        `max ${fake.maxConcurrency()} in flight, ${ms} ms (msw latency 5 ms/request)`,
    );
  });
});
