/**
 * What the clinician can correct or add in the UI; the engine takes it as input and says so in its output.
 * Overrides live in memory for the session only.
 */
import { z } from "zod";

export type Overrides = z.infer<typeof OverridesSchema>;
export const OverridesSchema = z.object({
  /** Therapy episode id -> outcome the clinician asserts. */
  therapyOutcomes: z.record(z.string(), z.enum(["responded", "failed", "not-tolerated"])).default({}),
  eastAsianAncestry: z.boolean().optional(),
  hepaticImpairment: z.boolean().optional(),
  bleedingNow: z.boolean().optional(),
  /** Body weight in kg entered by the clinician, dated the as-of date. */
  weightKg: z.number().positive().optional(),
  /** Baseline platelet count (10*9/L) per therapy episode id, when the record lacks one. */
  baselines: z.record(z.string(), z.number().nonnegative()).default({}),
});

export const NO_OVERRIDES: Overrides = { therapyOutcomes: {}, baselines: {} };
