/**
 * Scenario patients end to end: FHIR bundle -> normalise -> evaluate, checked against each `<id>.expected.json` sidecar
 * (test/fixtures/scenarios/README.md). Codes listed as optional in a sidecar may appear or not; IVIG/anti-D rescue
 * courses are listed in our therapies but not in the sidecars, so they are left out of that comparison.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EvaluationSchema, type Evaluation } from "../../src/contract/evaluation.ts";
import { normalise } from "../../src/model/normalise.ts";
import { evaluate } from "../../src/pathway/evaluate.ts";

const dir = resolve(import.meta.dirname, "../fixtures/scenarios");
const TPO_RA_RECS = new Set(["start-tpo-ra", "adjust-tpo-ra-dose", "discontinue-tpo-ra", "switch-tpo-ra"]);

interface Sidecar {
  id: string;
  asOf: string;
  expected: {
    diagnosis: string;
    phase: string;
    refractoryStatus: string;
    latestPlatelet: number | null;
    activeBleeding: boolean;
    therapies: { agent: string; response: string; failed: boolean }[];
    recommendationCodes: string[];
    optionalRecommendationCodes?: string[];
    warningCodes: string[];
    optionalWarningCodes?: string[];
    orders: { agent: string; action: string; dose?: { value: number; unit: string } | null; resumeBelow?: number }[];
  };
}

const sidecars: Sidecar[] = readdirSync(dir)
  .filter((f) => f.endsWith(".expected.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Sidecar);

function run(s: Sidecar): Evaluation {
  const bundle: unknown = JSON.parse(readFileSync(join(dir, `${s.id}.json`), "utf8"));
  return evaluate(normalise({ resources: [bundle] }), s.asOf);
}

describe("scenario patients against their sidecars", () => {
  it("finds the sixteen scenarios", () => {
    expect(sidecars.length).toBe(16);
  });

  describe.each(sidecars.map((s) => [s.id, s] as const))("%s", (_id, s) => {
    const e = run(s);
    const x = s.expected;

    it("validates against the contract", () => {
      expect(EvaluationSchema.safeParse(e).success).toBe(true);
    });

    it("assessment", () => {
      const a = e.assessment;
      expect([a.diagnosis, a.phase, a.refractoryStatus, a.latestPlatelet?.value ?? null, a.activeBleeding]).toEqual([
        x.diagnosis,
        x.phase,
        x.refractoryStatus,
        x.latestPlatelet,
        x.activeBleeding,
      ]);
      expect(a.therapies.filter((t) => t.class !== "ivig").map((t) => ({ agent: t.agent, response: t.response, failed: t.failed }))).toEqual(x.therapies);
    });

    it("recommendation codes in order", () => {
      const optional = new Set(x.optionalRecommendationCodes ?? []);
      const got = e.recommendations.map((r) => r.code);
      expect(got.filter((c) => !optional.has(c) || x.recommendationCodes.includes(c))).toEqual(x.recommendationCodes);
    });

    it("warnings", () => {
      const got = new Set<string>(e.warnings.map((w) => w.code));
      const allowed = new Set([...x.warningCodes, ...(x.optionalWarningCodes ?? [])]);
      expect(x.warningCodes.filter((c) => !got.has(c))).toEqual([]);
      expect([...got].filter((c) => !allowed.has(c))).toEqual([]);
    });

    it("orders of the TPO-RA steps", () => {
      const key = (o: { agent: string; action: string }): string => `${o.agent}|${o.action}`;
      const got = e.recommendations
        .filter((r) => TPO_RA_RECS.has(r.code))
        .flatMap((r) => r.orders)
        .map((o) => ({ agent: o.agent, action: o.action, dose: o.dose ?? null, ...(o.resumeBelow !== undefined ? { resumeBelow: o.resumeBelow } : {}) }))
        .sort((p, q) => key(p).localeCompare(key(q)));
      const want = x.orders.map((o) => ({ ...o, dose: o.dose ?? null })).sort((p, q) => key(p).localeCompare(key(q)));
      expect(got).toEqual(want);
    });
  });
});
