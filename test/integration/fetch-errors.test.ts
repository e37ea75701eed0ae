// @vitest-environment happy-dom
/** fetchPatientRecord error paths through the real fhirclient: per-type failures, retries, Epic category, 401, bad JSON. */
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { FhirHttpError, SessionExpiredError } from "../../src/fhir/errors.ts";
import { fetchPatientRecord } from "../../src/fhir/fetch-record.ts";
import { onType, outcome } from "../msw/fake-fhir-server.ts";
import { makeClient, PATIENT, recordingSleep, useMsw } from "../msw/harness.ts";
import { byTypeAndId, expectedFetch, syntheticRecord } from "../msw/synthetic-record.ts";

const serve = useMsw();
const { mine } = syntheticRecord(PATIENT, 12);
const expected = expectedFetch(mine).sort(byTypeAndId);
const json = (body: unknown, status: number, headers: Record<string, string> = {}) => () =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers: { "content-type": "application/fhir+json", ...headers } });
const ids = (resources: readonly unknown[]) => resources.map((r) => (r as { id: string }).id);

describe("one resource type fails, the others continue", () => {
  it.each([
    ["403 on Condition", "Condition", 403, outcome("Scope patient/Condition.rs not granted", "forbidden"), /Condition: HTTP 403 Scope patient\/Condition.rs not granted/],
    ["404 on MedicationAdministration (type not supported)", "MedicationAdministration", 404, outcome("Unknown resource type", "not-supported"), /HTTP 404 Unknown resource type/],
    ["400 OperationOutcome on Procedure", "Procedure", 400, outcome("Unsupported search parameter", "not-supported"), /HTTP 400 Unsupported search parameter/],
  ])("%s", async (_name, type, status, body, reason) => {
    const fake = serve({ resources: mine, supportsInclude: true, faults: [{ match: onType(type), times: 9, respond: json(body, status) }] });
    const record = await fetchPatientRecord(makeClient(), PATIENT, { sleep: recordingSleep().sleep });

    expect(record.unavailable).toHaveLength(1);
    expect(record.unavailable[0]?.resourceType).toBe(type);
    expect(record.unavailable[0]?.reason).toMatch(reason);
    expect(record.resources.some((r) => (r as { resourceType: string }).resourceType === type)).toBe(false);
    expect(record.resources.filter((r) => (r as { resourceType: string }).resourceType === "Observation")).toHaveLength(12 + 20 + 2 + 5);
    expect(fake.requests.filter((r) => r.url.pathname.endsWith(`/${type}`))).toHaveLength(1); // 4xx: never retried
  });

  it("an OperationOutcome answered with 200 is a failure of that type, not data", async () => {
    serve({ resources: mine, supportsInclude: true, faults: [{ match: onType("MedicationStatement"), times: 1, respond: json(outcome("Too costly"), 200) }] });
    const record = await fetchPatientRecord(makeClient(), PATIENT);
    expect(record.unavailable).toEqual([{ resourceType: "MedicationStatement", reason: "MedicationStatement: HTTP 200 Too costly" }]);
  });
});

describe("transient failures are retried", () => {
  it("500 then success: retried once, complete record", async () => {
    const fake = serve({ resources: mine, supportsInclude: true, faults: [{ match: onType("Condition"), times: 1, respond: json(outcome("boom"), 500) }] });
    const { sleep, waits } = recordingSleep();
    const record = await fetchPatientRecord(makeClient(), PATIENT, { sleep });

    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
    expect(fake.requests.filter((r) => r.url.pathname.endsWith("/Condition"))).toHaveLength(2);
    expect(waits).toEqual([500]);
    expect(record.queries.filter((q) => q.url.includes("/Condition?")).map((q) => q.status)).toEqual([500, 200]);
  });

  it("500 twice: the type is unavailable after one retry", async () => {
    const fake = serve({ resources: mine, supportsInclude: true, faults: [{ match: onType("Condition"), times: 2, respond: json(outcome("boom"), 500) }] });
    const record = await fetchPatientRecord(makeClient(), PATIENT, { sleep: recordingSleep().sleep });
    expect(fake.requests.filter((r) => r.url.pathname.endsWith("/Condition"))).toHaveLength(2);
    expect(record.unavailable.map((u) => u.resourceType)).toEqual(["Condition"]);
  });

  it("429 with Retry-After: 2 then success: waits 2 s as asked", async () => {
    const fake = serve({
      resources: mine,
      supportsInclude: true,
      faults: [{ match: onType("Observation"), times: 2, respond: json(outcome("slow down", "throttled"), 429, { "retry-after": "2" }) }],
    });
    const { sleep, waits } = recordingSleep();
    const record = await fetchPatientRecord(makeClient(), PATIENT, { sleep });

    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
    expect(waits).toEqual([2000, 2000]);
    expect(fake.requests.filter((r) => r.url.pathname.endsWith("/Observation"))).toHaveLength(3 + 2);
  });

  it("503 four times: gives up after 3 retries with backoff", async () => {
    serve({ resources: mine, supportsInclude: true, faults: [{ match: onType("Procedure"), times: 4, respond: json(outcome("busy"), 503) }] });
    const { sleep, waits } = recordingSleep();
    const record = await fetchPatientRecord(makeClient(), PATIENT, { sleep });
    expect(waits).toEqual([500, 1000, 2000]);
    expect(record.unavailable.map((u) => u.resourceType)).toEqual(["Procedure"]);
  });
});

describe("Epic-style Observation category requirement", () => {
  it("retries each Observation search with category=laboratory or vital-signs and gets everything", async () => {
    const fake = serve({ resources: mine, supportsInclude: true, requireObservationCategory: true });
    const record = await fetchPatientRecord(makeClient(), PATIENT);

    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
    expect(record.unavailable).toEqual([]);
    const categories = fake.requests.filter((r) => r.url.pathname.endsWith("/Observation")).map((r) => r.url.searchParams.get("category"));
    expect(categories.sort()).toEqual([null, null, null, "laboratory", "laboratory", "vital-signs"].sort());
  });
});

describe("a server that refuses _count=1000", () => {
  it("asks again with the server's default page size and pages through", async () => {
    const refuse = { match: onType("Observation", "_count"), times: 3, respond: json(outcome("_count must not exceed 200", "invalid"), 400) };
    const fake = serve({ resources: mine, supportsInclude: true, pageSize: 5, faults: [refuse] });
    const record = await fetchPatientRecord(makeClient(), PATIENT);

    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
    expect(record.unavailable).toEqual([]);
    const platelets = fake.requests.filter((r) => r.url.searchParams.get("code")?.includes("777-3"));
    expect(platelets.map((r) => r.url.searchParams.get("_count"))).toEqual(["1000", null, null, null]);
  });
});

describe("failures that stop the load or are reported clearly", () => {
  it("401 (expired token) rejects with the typed SessionExpiredError", async () => {
    serve({ resources: mine, token: "another-token" });
    const error = await fetchPatientRecord(makeClient(), PATIENT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect((error as SessionExpiredError).status).toBe(401);
    expect((error as SessionExpiredError).outcome).toMatch(/Invalid or expired access token/);
  });

  it("malformed JSON on one search: that type is unavailable with a clear reason", async () => {
    serve({
      resources: mine,
      supportsInclude: true,
      faults: [{ match: onType("Condition"), times: 1, respond: () => new HttpResponse('{"resourceType":"Bundle", entry: [', { headers: { "content-type": "application/fhir+json" } }) }],
    });
    const record = await fetchPatientRecord(makeClient(), PATIENT);
    expect(record.unavailable).toHaveLength(1);
    expect(record.unavailable[0]?.reason).toMatch(/^Condition: .*JSON/);
  });

  it("every query failing with 5xx rejects with a FhirHttpError instead of an empty record", async () => {
    serve({ resources: mine, faults: [{ match: () => true, times: 100, respond: json(outcome("down"), 502) }] });
    const error = await fetchPatientRecord(makeClient(), PATIENT, { sleep: recordingSleep().sleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FhirHttpError);
    expect((error as FhirHttpError).status).toBe(502);
  });

  it("a next link to another host is not followed (the token stays on the FHIR server)", async () => {
    serve({
      resources: mine,
      supportsInclude: true,
      faults: [
        {
          match: onType("Condition"),
          times: 1,
          respond: json({ resourceType: "Bundle", type: "searchset", link: [{ relation: "next", url: "https://evil.example/fhir/Condition?page=2" }], entry: [{ resource: mine.find((r) => r.id === "cond-1") }] }, 200),
        },
      ],
    });
    const record = await fetchPatientRecord(makeClient(), PATIENT);
    expect(ids(record.resources)).toContain("cond-1");
    expect(record.unavailable[0]?.reason).toMatch(/Condition: .*another host.*incomplete: 1/);
  });
});
