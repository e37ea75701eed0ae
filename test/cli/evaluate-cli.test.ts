/**
 * The `evaluate` command (../shared/spec/evaluation.md, "Command line"): every input form and every bad-input case,
 * in-process through `run(argv, io)`, plus real spawns of `npx tsx src/cli/evaluate.ts`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EvaluationSchema, type Evaluation } from "../../src/contract/evaluation.ts";
import { normalise } from "../../src/model/normalise.ts";
import { run } from "../../src/cli/run.ts";

const root = resolve(import.meta.dirname, "../..");
const AS_OF = "2026-11-20";

function patient(id: string): Record<string, unknown> {
  return { resourceType: "Patient", id, birthDate: "1970-01-01", gender: "female" };
}
function itp(id: string, pid: string): Record<string, unknown> {
  return {
    resourceType: "Condition",
    id,
    subject: { reference: `Patient/${pid}` },
    clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }] },
    code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "D69.3", display: "Immune thrombocytopenic purpura" }] },
    onsetDateTime: "2020-01-01",
  };
}
function plt(id: string, pid: string, value: number, date: string): Record<string, unknown> {
  return {
    resourceType: "Observation",
    id,
    status: "final",
    subject: { reference: `Patient/${pid}` },
    code: { coding: [{ system: "http://loinc.org", code: "777-3" }] },
    effectiveDateTime: date,
    valueQuantity: { value, unit: "10*9/L", system: "http://unitsofmeasure.org", code: "10*9/L" },
  };
}
function bundle(type: string, resources: unknown[]): Record<string, unknown> {
  return { resourceType: "Bundle", type, entry: resources.map((resource) => ({ resource })) };
}

interface Result {
  code: number;
  out: string;
  err: string;
}

async function cli(argv: string[], stdin = ""): Promise<Result> {
  let out = "";
  let err = "";
  const code = await run(
    argv,
    {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      today: () => AS_OF,
      source: { readFile: (p) => readFileSync(p, "utf8"), readStdin: async () => stdin },
    },
    normalise,
  );
  return { code, out, err };
}

function one(r: Result): Evaluation {
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return EvaluationSchema.parse(JSON.parse(r.out));
}

let dir = "";
const p1 = [patient("p1"), itp("c1", "p1"), plt("o1", "p1", 18, "2026-11-15")];
const p2 = [patient("p2"), itp("c2", "p2"), plt("o2", "p2", 120, "2026-11-15")];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "itp-cli-"));
  writeFileSync(join(dir, "collection.json"), JSON.stringify(bundle("collection", p1)));
  writeFileSync(join(dir, "patient.json"), JSON.stringify(patient("solo")));
  writeFileSync(join(dir, "export.ndjson"), [...p1, ...p2].map((r) => JSON.stringify(r)).join("\n") + "\n");
  const nested = { resourceType: "Bundle", type: "batch-response", entry: [{ resource: bundle("searchset", [patient("p1")]), response: { status: "200" } }, { resource: bundle("searchset", p1.slice(1)), response: { status: "200" } }] };
  writeFileSync(join(dir, "batch-response.json"), JSON.stringify(nested));
  writeFileSync(join(dir, "document.json"), JSON.stringify(bundle("document", [{ resourceType: "Composition", id: "comp", status: "final", type: { text: "summary" }, subject: { reference: "Patient/p1" }, date: "2026-11-01", author: [{ display: "x" }], title: "t" }, ...p1])));
  writeFileSync(join(dir, "transaction.json"), JSON.stringify({ resourceType: "Bundle", type: "transaction", entry: p2.map((r) => ({ resource: r, request: { method: "PUT", url: `${(r as { resourceType: string }).resourceType}/${(r as { id: string }).id}` } })) }));
  writeFileSync(join(dir, "searchset.json"), JSON.stringify({ ...bundle("searchset", p1), total: 3 }));
  writeFileSync(join(dir, "batch.json"), JSON.stringify({ resourceType: "Bundle", type: "batch", entry: p1.map((r) => ({ resource: r, request: { method: "POST", url: (r as { resourceType: string }).resourceType } })) }));
  mkdirSync(join(dir, "tree/a/b"), { recursive: true });
  writeFileSync(join(dir, "tree/a/one.json"), JSON.stringify(bundle("collection", p1)));
  writeFileSync(join(dir, "tree/a/b/two.ndjson"), p2.map((r) => JSON.stringify(r)).join("\n"));
  writeFileSync(join(dir, "tree/a/notes.txt"), "ignored");
  writeFileSync(join(dir, "bad.json"), "{ not json");
  writeFileSync(join(dir, "not-fhir.json"), JSON.stringify({ hello: "world" }));
  writeFileSync(join(dir, "no-patient.json"), JSON.stringify(bundle("collection", p1.slice(1))));
  mkdirSync(join(dir, "empty-dir"));
});

describe("evaluate command: input forms", () => {
  it("a collection Bundle gives one object", async () => {
    const e = one(await cli([join(dir, "collection.json"), "--as-of", AS_OF]));
    expect([e.patient.id, e.asOf, e.assessment.latestPlatelet?.value]).toEqual(["p1", AS_OF, 18]);
  });

  it("a single Patient resource", async () => {
    const e = one(await cli([join(dir, "patient.json")]));
    expect([e.patient.id, e.assessment.pathwayApplies, e.asOf]).toEqual(["solo", false, AS_OF]);
  });

  it("NDJSON with two patients gives an array in input order", async () => {
    const r = await cli([join(dir, "export.ndjson"), "--as-of", AS_OF]);
    const arr = (JSON.parse(r.out) as unknown[]).map((x) => EvaluationSchema.parse(x));
    expect(arr.map((e) => e.patient.id)).toEqual(["p1", "p2"]);
  });

  it("--patient picks one of several", async () => {
    const e = one(await cli([join(dir, "export.ndjson"), "--patient", "p2"]));
    expect(e.patient.id).toBe("p2");
  });

  it.each(["searchset.json", "batch.json", "batch-response.json", "document.json", "transaction.json"])("%s", async (file) => {
    const e = one(await cli([join(dir, file), "--as-of", AS_OF]));
    expect(e.assessment.diagnosis).toBe("primary-itp");
  });

  it("a directory is read recursively (.json and .ndjson, path order)", async () => {
    const r = await cli([join(dir, "tree"), "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    // a/b/two.ndjson sorts before a/one.json; notes.txt is ignored.
    expect((JSON.parse(r.out) as Evaluation[]).map((e) => e.patient.id)).toEqual(["p2", "p1"]);
  });

  it("standard input with -", async () => {
    const e = one(await cli(["-", "--as-of=2026-11-20"], JSON.stringify(bundle("collection", p2))));
    expect(e.patient.id).toBe("p2");
  });

  it("a scenario transaction bundle", async () => {
    const e = one(await cli([join(root, "test/fixtures/scenarios/itp-romiplostim-needs-increase.json"), "--as-of", AS_OF]));
    expect(e.recommendations.map((x) => x.code)).toEqual(["adjust-tpo-ra-dose"]);
  });
});

describe("evaluate command: bad input -> exit 2, one stderr line naming the file, nothing on stdout", () => {
  it.each<[string, () => string[], RegExp]>([
    ["unreadable file", () => [join(dir, "missing.json")], /missing\.json: cannot read \(ENOENT\)/],
    ["not JSON", () => [join(dir, "bad.json")], /bad\.json: not JSON/],
    ["not FHIR", () => [join(dir, "not-fhir.json")], /not-fhir\.json: not FHIR/],
    ["no Patient", () => [join(dir, "no-patient.json")], /no-patient\.json: no Patient/],
    ["--patient absent", () => [join(dir, "collection.json"), "--patient", "zz"], /collection\.json: no Patient with id "zz"/],
    ["invalid date", () => [join(dir, "collection.json"), "--as-of", "2026-02-30"], /collection\.json: invalid --as-of date "2026-02-30"/],
    ["month 13", () => [join(dir, "collection.json"), "--as-of", "2026-13-01"], /collection\.json: invalid --as-of date "2026-13-01"/],
    ["date in another format", () => [join(dir, "collection.json"), "--as-of", "20/11/2026"], /invalid --as-of date/],
    ["empty directory", () => [join(dir, "empty-dir")], /empty-dir: directory holds no \.json or \.ndjson file/],
    ["unknown option", () => [join(dir, "collection.json"), "--verbose"], /--verbose: unknown option/],
    ["no input", () => [], /missing input/],
  ])("%s", async (_n, argv, message) => {
    const r = await cli(argv());
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("stdin that is not JSON names <stdin>", async () => {
    const r = await cli(["-"], "nope");
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/<stdin>: not JSON/)]);
  });
});

describe("evaluate command: real process", () => {
  it("prints JSON only and exits 0", () => {
    const p = spawnSync("npx", ["tsx", "src/cli/evaluate.ts", "test/fixtures/scenarios/itp-alvaiz.json", "--as-of", AS_OF], { cwd: root, encoding: "utf8" });
    expect(p.status).toBe(0);
    expect(EvaluationSchema.parse(JSON.parse(p.stdout)).patient.id).toBe("itp-alvaiz");
  });

  it("exits 2 with one line on bad input", () => {
    const p = spawnSync("npx", ["tsx", "src/cli/evaluate.ts", "does-not-exist.json"], { cwd: root, encoding: "utf8" });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe("");
    expect(p.stderr).toMatch(/does-not-exist\.json: cannot read/);
  });
});

describe("evaluate command: internal errors are not bad input", () => {
  it("a throwing normaliser gives exit 1 and one stderr line", async () => {
    let out = "";
    let err = "";
    const code = await run(
      [join(dir, "collection.json")],
      { stdout: (t) => (out += t), stderr: (t) => (err += t), today: () => AS_OF, source: { readFile: (p) => readFileSync(p, "utf8"), readStdin: async () => "" } },
      () => {
        throw new Error("boom");
      },
    );
    expect([code, out, err]).toEqual([1, "", "evaluate: internal error: boom\n"]);
  });
});
