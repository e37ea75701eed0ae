/**
 * Property test: for any schema-valid model built from plausible parts (dates around the as-of date, counts 0-2,000,
 * doses in the units the normaliser emits), evaluate() never throws and its output always validates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EvaluationSchema } from "../contract/evaluation.ts";
import { evaluate } from "./evaluate.ts";
import { buildModel, condition, episode, itp, platelet, procedure, weight, alt } from "./test-support.ts";

const AS_OF = "2026-11-20";
const dayArb = fc.integer({ min: -4000, max: 30 }).map((n) => new Date(Date.parse(`${AS_OF}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
const agentArb = fc.constantFrom("romiplostim", "eltrombopag", "avatrombopag", "rituximab", "fostamatinib", "prednisone", "dexamethasone", "immune-globulin", "azathioprine", "colchicine", "rilzabrutinib");
const unitArb = fc.constantFrom("ug", "mg", "ug/kg", "g", "mL");

const episodeArb = fc
  .record({ agent: agentArb, start: dayArb, len: fc.option(fc.integer({ min: 0, max: 400 })), doses: fc.array(fc.tuple(dayArb, fc.double({ min: 0.5, max: 1000, noNaN: true }), unitArb), { maxLength: 12 }), intol: fc.boolean(), alvaiz: fc.boolean() })
  .map((e) => episode(e.agent, e.start, { end: e.len === null ? null : new Date(Date.parse(`${e.start}T00:00:00Z`) + e.len * 86_400_000).toISOString().slice(0, 10), doses: e.doses, stoppedForIntolerance: e.intol, formulation: e.alvaiz && e.agent === "eltrombopag" ? "alvaiz" : null }));

const modelArb = fc
  .record({
    diag: fc.option(dayArb),
    counts: fc.array(fc.tuple(dayArb, fc.integer({ min: 0, max: 2000 })), { maxLength: 40 }),
    weights: fc.array(fc.tuple(dayArb, fc.double({ min: 30, max: 200, noNaN: true })), { maxLength: 3 }),
    therapies: fc.array(episodeArb, { maxLength: 6 }),
    bleeding: fc.option(dayArb),
    splenectomy: fc.option(dayArb),
    alts: fc.array(fc.tuple(dayArb, fc.integer({ min: 5, max: 500 }), fc.option(fc.integer({ min: 20, max: 60 }))), { maxLength: 3 }),
  })
  .map((p) =>
    buildModel({
      conditions: [...(p.diag ? [itp(p.diag)] : []), ...(p.bleeding ? [condition("bleeding", p.bleeding)] : [])],
      platelets: p.counts.map(([d, v]) => platelet(d, v)),
      weights: p.weights.map(([d, kg]) => weight(d, kg)),
      therapies: p.therapies,
      procedures: p.splenectomy ? [procedure("splenectomy", p.splenectomy)] : [],
      liverTests: p.alts.map(([d, v, u]) => alt(d, v, u)),
    }),
  );

describe("evaluate on arbitrary models", () => {
  it("never throws and always validates against the contract", () => {
    fc.assert(
      fc.property(modelArb, fc.boolean(), (model, bleedingNow) => {
        const e = evaluate(model, AS_OF, { therapyOutcomes: {}, baselines: {}, ...(bleedingNow ? { bleedingNow } : {}) });
        const parsed = EvaluationSchema.safeParse(e);
        expect(parsed.success).toBe(true);
        expect(e.recommendations.length === 0 || e.assessment.pathwayApplies).toBe(true);
      }),
      { numRuns: 300, seed: 20261120 },
    );
  });
});
