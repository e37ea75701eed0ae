/**
 * The scenario patients (test/fixtures/scenarios, written by the scenario helper) normalise to the counts their
 * sidecars expect: `expected.model.plateletCount` and `excludedReasons` among the platelet-count Observations, and
 * the therapy episodes aggregated per agent (`expected.model.therapies`: first start, last end, distinct doses), the
 * excluded non-ITP exposures and the procedures, which the generator records as it plants them (not from src/).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/model/normalise.ts";
import type { PatientModel } from "../../src/model/patient-model.ts";
import { assertValidModel } from "../../src/model/validate-model.ts";

const DIR = join(import.meta.dirname, "../fixtures/scenarios");
const PLATELET_LOINC = new Set(["777-3", "26515-7", "778-1", "49497-1", "13056-7"]);

interface Dose {
  readonly value: number;
  readonly unit: string;
}
interface TherapySummary {
  readonly agent: string;
  readonly firstStart: string;
  readonly lastEnd: string | null;
  readonly doses: readonly Dose[];
}
interface Sidecar {
  readonly id: string;
  readonly expected: {
    readonly model: {
      readonly plateletCount: number;
      readonly excludedReasons: Record<string, number>;
      readonly notPlateletCounts?: string[];
      readonly therapies: readonly TherapySummary[];
      readonly excludedExposures: readonly { agent: string; reason: string; count: number }[];
      readonly procedures: readonly { kind: string; date: string }[];
    };
  };
}

const MED_TYPES = ["MedicationRequest/", "MedicationStatement/", "MedicationAdministration/"];
const day = (d: string | null): string | null => (d === null ? null : d.slice(0, 10));
const byUnitValue = (a: Dose, b: Dose): number => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.value - b.value);

/** The model's episodes per agent: earliest start, latest end (null if any episode has no end), distinct doses. */
function summarise(m: PatientModel): TherapySummary[] {
  const agents = [...new Set(m.therapies.map((t) => t.agent))].sort();
  return agents.map((agent) => {
    const eps = m.therapies.filter((t) => t.agent === agent);
    const starts = eps.map((t) => day(t.start) ?? "unknown").sort();
    const ends = eps.map((t) => day(t.end));
    const doses = new Map<string, Dose>();
    for (const d of eps.flatMap((t) => t.doses)) doses.set(`${d.value} ${d.unit}`, { value: d.value, unit: d.unit });
    return {
      agent,
      firstStart: starts[0] ?? "unknown",
      lastEnd: ends.includes(null) ? null : ([...ends].sort().at(-1) ?? null),
      doses: [...doses.values()].sort(byUnitValue),
    };
  });
}

const IDS = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith(".expected.json")).map((f) => f.replace(/\.expected\.json$/, "")).sort() : [];

function plateletRefs(bundle: unknown): Set<string> {
  const entries = ((bundle as { entry?: { resource?: Record<string, unknown> }[] }).entry ?? []).flatMap((e) => (e.resource === undefined ? [] : [e.resource]));
  return new Set(
    entries
      .filter((r) => r["resourceType"] === "Observation" && ((r["code"] as { coding?: { code?: string }[] }).coding ?? []).some((c) => PLATELET_LOINC.has(c.code ?? "")))
      .map((r) => `Observation/${String(r["id"])}`),
  );
}

describe("scenario patients: model section of the sidecars", () => {
  it("the scenario folder holds the 16 scenarios", () => {
    expect(IDS).toHaveLength(16);
  });

  it.each(IDS.map((id) => [id]))("%s", (id) => {
    const bundle = JSON.parse(readFileSync(join(DIR, `${id}.json`), "utf8")) as unknown;
    const sidecar = JSON.parse(readFileSync(join(DIR, `${id}.expected.json`), "utf8")) as Sidecar;
    const m = assertValidModel(normalise({ resources: [bundle] }));
    expect(m.patient.id).toBe(id);
    expect(m.platelets).toHaveLength(sidecar.expected.model.plateletCount);
    const refs = plateletRefs(bundle);
    const reasons: Record<string, number> = {};
    for (const e of m.ledger.excluded.filter((x) => refs.has(x.ref))) {
      reasons[e.reason] = (reasons[e.reason] ?? 0) + 1;
    }
    expect(reasons).toEqual(sidecar.expected.model.excludedReasons);
    const sources = new Set(m.platelets.map((p) => p.source));
    for (const ref of sidecar.expected.model.notPlateletCounts ?? []) {
      expect(sources.has(ref)).toBe(false);
    }
    expect(m.ledger.used.length + m.ledger.excluded.length).toBe(m.ledger.read);
    expect(m.ledger.excluded.filter((e) => e.reason === "malformed" || e.detail === "not processed")).toEqual([]);
  });

  it.each(IDS.map((id) => [id]))("%s: therapies per agent, excluded exposures and procedures", (id) => {
    const bundle = JSON.parse(readFileSync(join(DIR, `${id}.json`), "utf8")) as unknown;
    const sidecar = JSON.parse(readFileSync(join(DIR, `${id}.expected.json`), "utf8")) as Sidecar;
    const m = assertValidModel(normalise({ resources: [bundle] }));
    expect(summarise(m)).toEqual(sidecar.expected.model.therapies);
    const excluded = m.ledger.excluded.filter((e) => MED_TYPES.some((t) => e.ref.startsWith(t)));
    const want: Record<string, number> = {};
    for (const x of sidecar.expected.model.excludedExposures) want[x.reason] = (want[x.reason] ?? 0) + x.count;
    const got: Record<string, number> = {};
    for (const e of excluded) got[e.reason] = (got[e.reason] ?? 0) + 1;
    expect(got).toEqual(want);
    const excludedAgents = new Set(sidecar.expected.model.excludedExposures.map((x) => x.agent));
    expect(m.exposures.filter((e) => excludedAgents.has(e.agent))).toEqual([]);
    const procedures = m.procedures.map((p) => ({ kind: p.kind, date: day(p.date) })).sort((a, b) => String(a.date).localeCompare(String(b.date)));
    expect(procedures).toEqual(sidecar.expected.model.procedures);
  });
});
