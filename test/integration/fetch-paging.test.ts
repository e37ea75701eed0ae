// @vitest-environment happy-dom
/** fetchPatientRecord against msw serving real searchset pages to the real fhirclient: paging, _include, cycle guard. */
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fetchPatientRecord, type FetchProgress } from "../../src/fhir/fetch-record.ts";
import { onType, outcome } from "../msw/fake-fhir-server.ts";
import { makeClient, PATIENT, recordingSleep, useMsw } from "../msw/harness.ts";
import { byTypeAndId, expectedFetch, syntheticRecord } from "../msw/synthetic-record.ts";

const serve = useMsw();
const { mine, others } = syntheticRecord(PATIENT, 40);
const expected = expectedFetch(mine).sort(byTypeAndId);

describe("fetchPatientRecord: paging and includes", () => {
  it("follows next links over several pages and returns exactly the patient's resources of one bundle", async () => {
    const fake = serve({ resources: [...mine, ...others], pageSize: 7, maxPageSize: 7, supportsInclude: true });
    const record = await fetchPatientRecord(makeClient(), PATIENT, { sleep: recordingSleep().sleep });

    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
    expect(record.unavailable).toEqual([]);
    const plateletPages = fake.requests.filter((r) => r.url.searchParams.get("code")?.includes("777-3"));
    expect(plateletPages.map((r) => r.url.searchParams.get("_offset"))).toEqual([null, "7", "14", "21", "28", "35"]);
    expect(fake.requests.every((r) => r.authorization === "Bearer token-123")).toBe(true);
    expect(record.queries).toHaveLength(fake.requests.length);
  });

  it("uses _include for MedicationRequest and reads only the Medication nobody included, by _id", async () => {
    const fake = serve({ resources: mine, supportsInclude: true });
    const record = await fetchPatientRecord(makeClient(), PATIENT);

    const mr = fake.requests.find((r) => r.url.pathname.endsWith("/MedicationRequest"));
    expect(mr?.url.searchParams.get("_include")).toBe("MedicationRequest:medication");
    const byId = fake.requests.filter((r) => r.url.pathname.endsWith("/Medication"));
    expect(byId.map((r) => r.url.searchParams.get("_id"))).toEqual(["med-admin-only"]);
    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
  });

  it("reads every referenced Medication by _id when the server ignores _include", async () => {
    const fake = serve({ resources: mine, supportsInclude: false });
    const record = await fetchPatientRecord(makeClient(), PATIENT);

    const byId = fake.requests.filter((r) => r.url.pathname.endsWith("/Medication"));
    expect(byId.map((r) => r.url.searchParams.get("_id"))).toEqual(["med-romiplostim,med-admin-only"]);
    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
  });

  it("reads Medications one by one when the server refuses _id search", async () => {
    const refuse = { match: onType("Medication", "_id"), times: 1, respond: () => HttpResponse.json(outcome("_id not supported", "not-supported"), { status: 400 }) };
    const fake = serve({ resources: mine, supportsInclude: false, faults: [refuse] });
    const record = await fetchPatientRecord(makeClient(), PATIENT);

    const meds = fake.requests.filter((r) => /\/Medication(\/|$)/.test(r.url.pathname));
    expect(meds.map((r) => r.url.pathname.split("/fhir/")[1] + r.url.search)).toEqual([
      "Medication?_id=med-romiplostim,med-admin-only&_count=50",
      "Medication/med-romiplostim",
      "Medication/med-admin-only",
    ]);
    expect(record.unavailable).toEqual([]);
    expect([...record.resources].sort(byTypeAndId)).toEqual(expected);
  });

  it("stops at a next link that points to a page already read (cycle guard)", async () => {
    const fake = serve({ resources: mine, selfNextLink: true, pageSize: 1000 });
    const record = await fetchPatientRecord(makeClient(), PATIENT);

    const platelets = fake.requests.filter((r) => r.url.searchParams.get("code")?.includes("777-3"));
    expect(platelets).toHaveLength(1);
    expect(record.resources.filter((r) => (r as { id: string }).id.startsWith("plt-"))).toHaveLength(40);
  });

  it("reports progress per query family, platelets with their resources when done", async () => {
    serve({ resources: mine, maxPageSize: 10, supportsInclude: true });
    const events: FetchProgress[] = [];
    await fetchPatientRecord(makeClient(), PATIENT, { onProgress: (p) => events.push(p) });

    const platelets = events.filter((e) => e.key === "Observation:platelets");
    expect(platelets[0]).toMatchObject({ status: "pending", count: 0 });
    expect(platelets.map((e) => e.count)).toEqual([0, 10, 20, 30, 40, 40]);
    expect(platelets.at(-1)).toMatchObject({ status: "done", count: 40 });
    expect(platelets.at(-1)?.resources).toHaveLength(40);
    const keys = new Set(events.map((e) => e.key));
    expect([...keys].sort()).toEqual(
      ["Condition", "Medication", "MedicationAdministration", "MedicationRequest", "MedicationStatement", "Observation:liver", "Observation:platelets", "Observation:vitals", "Patient", "Procedure"],
    );
  });
});
