/**
 * Every public fixture (JSON Bundles, single resources, NDJSON; shared/fixtures/public, read in place) normalises
 * without error, with every resource accounted for, and the platelet counts agree with an independent scan.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/model/normalise.ts";
import { assertValidModel } from "../../src/model/validate-model.ts";

const ROOT = join(import.meta.dirname, "../../../shared/fixtures/public");
const PLATELET_LOINC = new Set(["777-3", "26515-7", "778-1", "49497-1", "13056-7"]);

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(json|ndjson)$/.test(f) ? [p] : [];
  });
}

function read(file: string): unknown[] {
  const text = readFileSync(file, "utf8");
  return file.endsWith(".ndjson") ? text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown) : [JSON.parse(text) as unknown];
}

/** Independent scan: leaf resources (Bundles opened), without using the normaliser's code. */
function leaves(values: unknown[]): Record<string, unknown>[] {
  return values.flatMap((v) => {
    const r = v as Record<string, unknown>;
    return r["resourceType"] === "Bundle" ? leaves(((r["entry"] as { resource?: unknown }[] | undefined) ?? []).flatMap((e) => (e.resource === undefined ? [] : [e.resource]))) : [r];
  });
}

const isPlateletObs = (r: Record<string, unknown>): boolean =>
  r["resourceType"] === "Observation" &&
  ((r["code"] as { coding?: { system?: string; code?: string }[] } | undefined)?.coding ?? []).some((c) => c.system === "http://loinc.org" && PLATELET_LOINC.has(c.code ?? "")) &&
  typeof (r["valueQuantity"] as { value?: unknown } | undefined)?.value === "number";

const FILES = walk(ROOT);

describe("public fixtures normalise with nothing unaccounted for", () => {
  it("finds the fixture folder", () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it.each(FILES.map((f) => [relative(ROOT, f), f]))("%s", (_name, file) => {
    const resources = read(file);
    const m = assertValidModel(normalise({ resources }));
    const all = leaves(resources);
    expect(m.ledger.read).toBe(all.length);
    expect(m.ledger.used.length + m.ledger.excluded.length).toBe(m.ledger.read);
    expect(m.ledger.excluded.filter((e) => e.detail === "not processed")).toEqual([]);
    const plateletObs = all.filter(isPlateletObs);
    const refs = new Set(plateletObs.map((r) => `Observation/${String(r["id"])}`));
    const excludedPlatelets = m.ledger.excluded.filter((e) => refs.has(e.ref)).length;
    expect(m.platelets.length).toBe(plateletObs.length - excludedPlatelets);
    for (const p of m.platelets) {
      expect(p.value).toBeGreaterThan(0);
      expect(p.value).toBeLessThanOrEqual(2000);
    }
  });
});

describe("known platelet counts (fixture SOURCE.md files)", () => {
  it.each([
    ["synthea-smart-generated-sample-data/Micah_Schinner_d4d72610-ec40-42ed-b34f-09e286181ee9.json", 9],
    ["synthea-smart-generated-sample-data/Thanh_Mosciski_6b7b47bf-5bfb-475e-b5f6-955fde83a44f.json", 8],
    ["synthea-smart-generated-sample-data/Keira_Huel_279e1ce8-1a84-492b-bb78-b1d13a0d564c.json", 8],
    ["synthea-smart-generated-sample-data/Jordan_Cruickshank_5de38439-d320-46d3-854d-3c098e88de4c.json", 3],
    ["synthea-smart-generated-sample-data/Ardith_Welch_2513dd98-e1c9-4476-b879-5a2142caccde.json", 2],
    ["synthea-smart-generated-sample-data/Bradly_Douglas_18468941-bdaf-42a0-8648-cba7cafc27ce.json", 1],
    ["synthea-smart-generated-sample-data/Hunter_Herman_b4325a63-d0f9-4d84-90e7-0e94d1d79f0a.json", 3],
    ["hl7-us-core-examples/observation-cbc-platelets.json", 1],
    ["hl7-fhir-r4-core-examples/Bundle-101.json", 1],
    ["hl7-fhir-r4-core-examples/Bundle-report.json", 1],
  ])("%s: %d platelet counts", (file, count) => {
    expect(normalise({ resources: read(join(ROOT, file)) }).platelets).toHaveLength(count);
  });

  it("Jordan Cruickshank's 26515-7 count in K/uL (UCUM code K/uL) is read as 10*9/L", () => {
    const m = normalise({ resources: read(join(ROOT, "synthea-smart-generated-sample-data/Jordan_Cruickshank_5de38439-d320-46d3-854d-3c098e88de4c.json")) });
    expect(m.platelets.filter((p) => p.loinc === "26515-7")).toEqual([expect.objectContaining({ originalUnit: "K/uL", unit: "10*9/L" })]);
  });

  it("Ardith Welch's prednisone (RxNorm 312617) is an exposure with no ITP reason, and no ITP condition", () => {
    const m = normalise({ resources: read(join(ROOT, "synthea-smart-generated-sample-data/Ardith_Welch_2513dd98-e1c9-4476-b879-5a2142caccde.json")) });
    expect(m.exposures.map((e) => [e.agent, e.matchedBy])).toEqual([["prednisone", "rxnorm-product"]]);
    expect(m.conditions.filter((c) => c.kind === "itp")).toEqual([]);
  });

  it("Bundle-ghp's platelet count r6 has no effective[x] and its report lists only panels: no-date, never a guessed date", () => {
    const m = normalise({ resources: read(join(ROOT, "hl7-fhir-r4-core-examples/Bundle-ghp.json")) });
    expect(m.platelets).toEqual([]);
    expect(m.ledger.excluded.find((e) => e.ref === "Observation/r6")?.reason).toBe("no-date");
  });

  it("Bundle-101's r6 takes its DiagnosticReport's date", () => {
    const m = normalise({ resources: read(join(ROOT, "hl7-fhir-r4-core-examples/Bundle-101.json")) });
    expect(m.platelets).toEqual([expect.objectContaining({ value: 444, source: "Observation/r6", originalUnit: "x10*9/L" })]);
    expect(m.ledger.used.filter((u) => u.usedFor === "observation-date")).toHaveLength(1);
  });
});

describe("known exclusions in the public fixtures", () => {
  it.each([
    ["hl7-fhir-r4-core-examples/MedicationStatement-example005.json", "MedicationStatement/example005", "entered-in-error"],
    ["hl7-fhir-r4-core-examples/MedicationAdministration-medadmin0303.json", "MedicationAdministration/medadmin0303", "entered-in-error"],
    ["hl7-fhir-r4-core-examples/Observation-f202.json", "Observation/f202", "entered-in-error"],
    ["hl7-fhir-r4-core-examples/Bundle-bundle-search-warning.json", "OperationOutcome/warning", "not-relevant"],
    ["hl7-us-core-examples/medicationrequest-referenced-oral-axid.json", "MedicationRequest/medicationrequest-referenced-oral-axid", "not-relevant"],
    ["hl7-us-core-examples/medicationdispense-example.json", "MedicationDispense/medicationdispense-example", "not-relevant"],
    ["inferno-reference-server-data/us_quality_core_bundle_patient.json", "MedicationAdministration/usqualitycore-medicationadministrationnotdone", "not-done"],
  ])("%s: %s is %s", (file, ref, reason) => {
    const m = normalise({ resources: read(join(ROOT, file)) });
    expect(m.ledger.excluded.find((e) => e.ref === ref)?.reason).toBe(reason);
  });

  it("Observation-example: 185 lbs ([lb_av]) is 83.91 kg", () => {
    const m = normalise({ resources: read(join(ROOT, "hl7-fhir-r4-core-examples/Observation-example.json")) });
    expect(m.weights[0]?.value).toBeCloseTo(83.9146, 4);
  });
});

describe("bulk NDJSON folder as one multi-patient input", () => {
  const dir = join(ROOT, "smart-sample-bulk-fhir-datasets");
  const resources = readdirSync(dir).filter((f) => f.endsWith(".ndjson")).sort().flatMap((f) => read(join(dir, f)));
  const patients = leaves(resources).filter((r) => r["resourceType"] === "Patient").map((r) => String(r["id"]));

  it.each(patients.slice(0, 4).map((p) => [p]))("patient %s: own MedicationRequests all accounted for, others other-patient", (pid) => {
    const m = assertValidModel(normalise({ resources, patientId: pid }));
    expect(m.patient.id).toBe(pid);
    const own = leaves(resources).filter((r) => r["resourceType"] === "MedicationRequest" && (r["subject"] as { reference?: string }).reference === `Patient/${pid}`).length;
    const ownLedger = [...m.ledger.used, ...m.ledger.excluded].filter((e) => e.ref.startsWith("MedicationRequest/") && !("reason" in e && e.reason === "other-patient")).length;
    expect(ownLedger).toBe(own);
    expect(m.ledger.used.length + m.ledger.excluded.length).toBe(m.ledger.read);
  });
});
