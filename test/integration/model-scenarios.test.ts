/**
 * The scenario patients (test/fixtures/scenarios, written by the scenario helper) normalise to the counts their
 * sidecars expect: `expected.model.plateletCount` and `excludedReasons` among the platelet-count Observations.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/model/normalise.ts";
import { assertValidModel } from "../../src/model/validate-model.ts";

const DIR = join(import.meta.dirname, "../fixtures/scenarios");
const PLATELET_LOINC = new Set(["777-3", "26515-7", "778-1", "49497-1", "13056-7"]);

interface Sidecar {
  readonly id: string;
  readonly expected: { readonly model: { readonly plateletCount: number; readonly excludedReasons: Record<string, number>; readonly notPlateletCounts?: string[] } };
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
});
