/**
 * The normalised patient model: what the FHIR layer's resources become after normalisation,
 * and the only input of the pathway. Every value keeps the reference of the resource it came from.
 * Units are fixed per field: platelets 10*9/L, weight kg, height cm, doses mg or ug.
 */
import { z } from "zod";
import { EXCLUSION_REASONS, SECONDARY_CAUSES, THERAPY_CLASSES } from "../contract/evaluation.ts";

/** A FHIR reference "Type/id" to the resource a value came from. */
const Ref = z.string();
/** An ISO 8601 date or dateTime as the source gave it. */
const IsoDate = z.string();

export type PlateletCount = z.infer<typeof PlateletCountSchema>;
export const PlateletCountSchema = z.object({
  /** In 10*9/L. */
  value: z.number(),
  unit: z.literal("10*9/L"),
  /** The value and unit exactly as the source reported them. */
  originalValue: z.union([z.number(), z.string()]),
  originalUnit: z.string().nullable(),
  /** A comparator from the source ("<", "<=", ">", ">="); the value is then a bound, not a measurement. */
  comparator: z.enum(["<", "<=", ">", ">="]).nullable(),
  date: IsoDate,
  /** final, amended, corrected, preliminary, registered... */
  status: z.string(),
  preliminary: z.boolean(),
  loinc: z.string().nullable(),
  source: Ref,
});

export type Measurement = z.infer<typeof MeasurementSchema>;
export const MeasurementSchema = z.object({
  value: z.number(),
  unit: z.enum(["kg", "cm"]),
  originalValue: z.number(),
  originalUnit: z.string().nullable(),
  date: IsoDate,
  source: Ref,
});

export const LIVER_TESTS = ["alt", "ast", "bilirubin-total", "bilirubin-direct"] as const;
export type LiverTest = z.infer<typeof LiverTestSchema>;
export const LiverTestSchema = z.object({
  test: z.enum(LIVER_TESTS),
  value: z.number(),
  unit: z.string(),
  /** referenceRange.high in the same unit, or null when the source gave none (never defaulted). */
  upperLimit: z.number().nullable(),
  date: IsoDate,
  source: Ref,
});

export const MATCH_SOURCES = ["rxnorm-ingredient", "rxnorm-product", "atc", "snomed", "text", "cpt", "icd-10-cm", "icd-10-pcs"] as const;
export type MatchSource = (typeof MATCH_SOURCES)[number];

export type DoseRecord = z.infer<typeof DoseRecordSchema>;
export const DoseRecordSchema = z.object({
  /** The date the dose was given or prescribed from. */
  date: IsoDate,
  value: z.number(),
  /** UCUM: "mg", "ug", "ug/kg", "mg/kg", "mg/m2", "g/kg", "g". */
  unit: z.string(),
  source: Ref,
});

/** One medication resource (request, statement or administration) mapped to an agent. */
export type MedicationExposure = z.infer<typeof MedicationExposureSchema>;
export const MedicationExposureSchema = z.object({
  agent: z.string(),
  class: z.enum(THERAPY_CLASSES),
  kind: z.enum(["request", "statement", "administration"]),
  status: z.string(),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  dose: DoseRecordSchema.nullable(),
  route: z.string().nullable(),
  frequency: z.string().nullable(),
  matchedBy: z.enum(MATCH_SOURCES),
  /** The code or text that matched, for display ("RxNorm 121191", "text: Nplate"). */
  matchedOn: z.string(),
  /** "promacta", "alvaiz"... where a formulation matters for dosing. */
  formulation: z.string().nullable(),
  /** statusReason or the note says the drug was stopped for intolerance or toxicity. */
  stoppedForIntolerance: z.boolean(),
  /** The reason the medication was given is ITP (true), another recorded indication (false), or unknown (null). */
  reasonIsItp: z.boolean().nullable(),
  reasonText: z.string().nullable(),
  source: Ref,
});

/** Therapy episodes built from the exposures of one agent, overlaps merged. */
export type TherapyEpisode = z.infer<typeof TherapyEpisodeSchema>;
export const TherapyEpisodeSchema = z.object({
  /** Stable id: `${agent}:${start}`. */
  id: z.string(),
  agent: z.string(),
  class: z.enum(THERAPY_CLASSES),
  start: IsoDate.nullable(),
  /** Last dose or end of the request/statement period; null when ongoing or unknown. */
  end: IsoDate.nullable(),
  ongoing: z.boolean(),
  /** Dose history in time order (mg or ug as given; ug/kg when the source gave only a per-kg dose). */
  doses: z.array(DoseRecordSchema),
  formulation: z.string().nullable(),
  stoppedForIntolerance: z.boolean(),
  reasonIsItp: z.boolean().nullable(),
  reasonText: z.string().nullable(),
  /** True when every exposure in the episode is a rescue course (IVIG, anti-D). */
  rescue: z.boolean(),
  sources: z.array(Ref),
});

export const CONDITION_KINDS = [
  "itp",
  "thrombocytopenia-other",
  "thrombocytopenia-not-itp",
  "secondary-cause",
  "hepatic-impairment",
  "bleeding",
  "thrombosis-risk",
  "other-indication",
] as const;
export type ConditionFact = z.infer<typeof ConditionFactSchema>;
export const ConditionFactSchema = z.object({
  kind: z.enum(CONDITION_KINDS),
  secondaryCause: z.enum(SECONDARY_CAUSES).nullable(),
  code: z.string().nullable(),
  system: z.string().nullable(),
  display: z.string(),
  matchedBy: z.enum(MATCH_SOURCES),
  onset: IsoDate.nullable(),
  recorded: IsoDate.nullable(),
  abatement: IsoDate.nullable(),
  /** active, recurrence, relapse, inactive, remission, resolved, or null when absent. */
  clinicalStatus: z.string().nullable(),
  source: Ref,
});

export type ProcedureFact = z.infer<typeof ProcedureFactSchema>;
export const ProcedureFactSchema = z.object({
  kind: z.enum(["splenectomy", "hsct", "platelet-transfusion"]),
  date: IsoDate.nullable(),
  code: z.string().nullable(),
  display: z.string(),
  matchedBy: z.enum(MATCH_SOURCES),
  source: Ref,
});

export type LedgerExclusion = z.infer<typeof LedgerExclusionSchema>;
export const LedgerExclusionSchema = z.object({
  ref: Ref,
  reason: z.enum(EXCLUSION_REASONS),
  detail: z.string().optional(),
});

export type Ledger = z.infer<typeof LedgerSchema>;
export const LedgerSchema = z.object({
  read: z.number().int(),
  /** ref -> what it fed ("platelets", "weight", "therapy", "patient", ...). */
  used: z.array(z.object({ ref: Ref, usedFor: z.string() })),
  excluded: z.array(LedgerExclusionSchema),
});

export type PatientModel = z.infer<typeof PatientModelSchema>;
export const PatientModelSchema = z.object({
  patient: z.object({
    id: z.string(),
    ref: Ref,
    name: z.string().nullable(),
    birthDate: IsoDate.nullable(),
    sex: z.enum(["female", "male", "other", "unknown"]),
    /** US Core race: OMB category codes and detailed codes. */
    race: z.object({ omb: z.array(z.string()), detailed: z.array(z.string()), text: z.string().nullable() }),
    /** East/Southeast Asian ancestry from detailed race codes: "yes", "no" (race recorded, not E/SE Asian), or "unknown". */
    eastAsianAncestry: z.enum(["yes", "no", "unknown"]),
  }),
  platelets: z.array(PlateletCountSchema),
  weights: z.array(MeasurementSchema),
  heights: z.array(MeasurementSchema),
  liverTests: z.array(LiverTestSchema),
  exposures: z.array(MedicationExposureSchema),
  therapies: z.array(TherapyEpisodeSchema),
  conditions: z.array(ConditionFactSchema),
  procedures: z.array(ProcedureFactSchema),
  ledger: LedgerSchema,
  /** Resource types the server could not give (404, 403, not in the CapabilityStatement...). */
  unavailable: z.array(z.object({ resourceType: z.string(), reason: z.string() })),
});
