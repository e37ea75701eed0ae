/**
 * Validate a PatientModel against its zod schema (docs/decisions/0003-zod-at-boundaries.md). `normalise` does not
 * call it (it never throws); tests assert every model they build with it, and callers may at their boundary.
 */
import { PatientModelSchema, type PatientModel } from "./patient-model.ts";

/**
 * @param model - a model built by `normalise`
 * @returns the model, parsed
 * @throws ZodError when the model breaks the schema
 */
export function assertValidModel(model: unknown): PatientModel {
  return PatientModelSchema.parse(model);
}
