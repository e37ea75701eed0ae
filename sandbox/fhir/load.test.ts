import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureFiles, loadUnits } from "./load.ts";
import { defaultUnits } from "./sources.ts";
import type { Res } from "./types.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..");
const publicDir = resolve(repoRoot, "..", "shared", "fixtures", "public");
const empty = mkdtempSync(join(tmpdir(), "sandbox-empty-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe("loading every public fixture (NOTES.md clash policy)", () => {
  const { units } = defaultUnits({ repoRoot, fixturesDir: publicDir, scenariosDir: join(empty, "none") });
  const { store, report } = loadUnits(units);
  const all = (): Res[] => store.typeNames().flatMap((t) => store.all(t));

  it("reads every .json and .ndjson file without error", () => {
    expect(report.files).toBe(fixtureFiles(publicDir).length);
    expect(report.log.filter((l) => l.includes("unreadable"))).toEqual([]);
    expect(report.resources).toBeGreaterThan(6000);
  });

  it("merges the identical copies (r1..r17) and renames the 15 different ones", () => {
    expect(report.merged).toBe(17);
    expect(report.renamed).toBe(15);
    expect(report.log.filter((l) => l.startsWith("clash:"))).toHaveLength(15);
    expect(store.get("Observation", "o1-2")?.subject).toBeUndefined();
    expect(store.get("Observation", "o1")?.subject).toBeDefined();
  });

  it("rewrites references to a renamed copy inside its own file (Bundle-report's DiagnosticReport)", () => {
    const result = store.get("DiagnosticReport", "report")?.result as { reference: string }[];
    expect(result.slice(0, 2).map((r) => r.reference)).toEqual(["Observation/o1-2", "Observation/o2-2"]);
  });

  it("keeps three Patient/example versions and points US Core's resources at its own copy", () => {
    expect(["example", "example-2", "example-3"].map((id) => store.get("Patient", id) !== undefined)).toEqual([true, true, true]);
    expect((store.get("Observation", "cbc-platelets")?.subject as { reference: string }).reference).toBe("Patient/example-3");
  });

  it("resolves transaction urn:uuid references and PUT ids", () => {
    const urnRefs = JSON.stringify(all()).match(/"reference":"urn:uuid:/g) ?? [];
    expect(urnRefs).toHaveLength(0);
    expect(store.get("Patient", "85")).toBeDefined();
    // Hunter_Herman_…json: Patient fullUrl urn:uuid:2dd6fdd7-…, its Observations refer to it by that urn
    expect(store.inCompartment("2dd6fdd7-8270-4f4c-ac1c-b7f81aec6178", "Observation").length).toBeGreaterThan(0);
  });

  it("loads NDJSON lines and lists 27 patients", () => {
    expect(store.count("Medication")).toBeGreaterThanOrEqual(898);
    expect(report.patients).toHaveLength(27);
  });
});

describe("scenario units", () => {
  const dir = mkdtempSync(join(tmpdir(), "sandbox-scen-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "x.json"), JSON.stringify({
    resourceType: "Bundle", type: "transaction", entry: [
      { fullUrl: "urn:uuid:11111111-1111-1111-1111-111111111111", resource: { resourceType: "Patient", id: "x", birthDate: "1970-01-31" }, request: { method: "PUT", url: "Patient/x" } },
      { fullUrl: "urn:uuid:22222222-2222-2222-2222-222222222222", resource: { resourceType: "Observation", status: "final", code: { text: "t" }, subject: { reference: "urn:uuid:11111111-1111-1111-1111-111111111111" }, effectiveDateTime: "2026-11-20T08:30:00+01:00", issued: "2026-02-27T00:00:00Z" }, request: { method: "POST", url: "Observation" } },
    ],
  }));
  writeFileSync(join(dir, "x.expected.json"), JSON.stringify({ id: "x" }));

  it("rebases dates by (today - 2026-11-20) days, keeping time and offset; skips *.expected.json", () => {
    const { units } = defaultUnits({ repoRoot, fixturesDir: join(empty, "none"), scenariosDir: dir, today: new Date("2026-12-01T12:00:00Z") });
    expect(units[0]?.files).toHaveLength(1);
    const { store } = loadUnits(units);
    const o = store.inCompartment("x", "Observation")[0];
    expect(o?.effectiveDateTime).toBe("2026-12-01T08:30:00+01:00");
    expect(o?.issued).toBe("2026-03-10T00:00:00Z");
    expect(o?.id).toBe("22222222-2222-2222-2222-222222222222");
    expect(store.get("Patient", "x")?.birthDate).toBe("1970-02-11");
  });

  it("warns and continues when the public fixtures folder is missing", () => {
    const { units, warnings } = defaultUnits({ repoRoot, fixturesDir: join(empty, "none"), scenariosDir: dir });
    expect(warnings).toEqual([expect.stringMatching(/^public fixtures not found: .*FIXTURES_DIR/)]);
    expect(units.map((u) => u.name)).toEqual(["scenarios"]);
  });

  it("does not rebase with rebase=false", () => {
    const { units } = defaultUnits({ repoRoot, fixturesDir: join(empty, "none"), scenariosDir: dir, rebase: false, today: new Date("2026-12-01") });
    const { store } = loadUnits(units);
    expect(store.get("Patient", "x")?.birthDate).toBe("1970-01-31");
  });
});
