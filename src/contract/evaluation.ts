/**
 * The evaluation contract, schema version 1 (`../shared/spec/evaluation.md`).
 * A stable public interface: fields and codes may be added, never renamed or removed.
 * This module imports nothing from `src`.
 */
import { z } from "zod";

export const RECOMMENDATION_CODES = [
  "emergency-management",
  "reevaluate-diagnosis",
  "discuss-goals-of-care",
  "start-tpo-ra",
  "adjust-tpo-ra-dose",
  "discontinue-tpo-ra",
  "switch-tpo-ra",
  "combination-immunosuppressant-tpo-ra",
  "combination-chemotherapy",
  "alemtuzumab",
  "hsct",
  "consider-rituximab",
  "consider-fostamatinib",
  "consider-splenectomy",
  "consider-avatrombopag",
  "consider-rilzabrutinib",
  "stop-not-recommended-therapy",
] as const;
export type RecommendationCode = (typeof RECOMMENDATION_CODES)[number];

export const WARNING_CODES = [
  "critical-platelet-count",
  "missing-weight",
  "missing-height",
  "missing-platelet-count",
  "stale-platelet-count",
  "hepatotoxicity",
  "thrombosis-risk",
  "taper-tpo-ra",
  "unit-unrecognised",
  "dose-table-unavailable",
  "missing-liver-tests",
  "missing-upper-limit-of-normal",
  "ancestry-unknown",
  "weight-changed",
  "resource-type-unavailable",
  "override-applied",
  "phase-unknown",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export const EXCLUSION_REASONS = [
  "entered-in-error",
  "cancelled",
  "data-absent",
  "unit-unrecognised",
  "implausible-value",
  "malformed",
  "duplicate",
  "not-relevant",
  "other-patient",
  "not-done",
  "no-date",
  "no-value",
  "superseded",
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const MONITORING_CODES = [
  "platelet-count-weekly",
  "platelet-count-monthly",
  "platelet-count-after-discontinuation",
  "platelet-count-twice-weekly",
  "liver-function",
  "blood-pressure",
  "hepatitis-b-screening",
] as const;
export type MonitoringCode = (typeof MONITORING_CODES)[number];

export const SECONDARY_CAUSES = [
  "sle",
  "antiphospholipid-syndrome",
  "hiv",
  "hepatitis-c",
  "hepatitis-b",
  "h-pylori",
  "cll",
  "lymphoma",
  "cvid",
  "mgus",
  "other",
] as const;
export type SecondaryCause = (typeof SECONDARY_CAUSES)[number];

export const THERAPY_CLASSES = [
  "corticosteroid",
  "ivig",
  "tpo-ra",
  "anti-cd20",
  "syk-inhibitor",
  "btk-inhibitor",
  "immunosuppressant",
  "chemotherapy",
  "surgery",
  "transplant",
  "not-recommended",
  "other",
] as const;
export type TherapyClass = (typeof THERAPY_CLASSES)[number];

export const DIAGNOSES = ["primary-itp", "secondary-itp", "thrombocytopenia-unspecified", "none"] as const;
export const PHASES = ["newly-diagnosed", "persistent", "chronic", "unknown"] as const;
export const REFRACTORY_STATUSES = ["not-refractory", "refractory", "multirefractory", "insufficient-data"] as const;
export const RESPONSES = ["complete-response", "response", "no-response", "not-evaluable"] as const;
export const ORDER_ACTIONS = ["start", "increase", "decrease", "continue", "hold", "stop", "taper"] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

const DoseSchema = z.object({ value: z.number(), unit: z.string() });

export type Evidence = z.infer<typeof EvidenceSchema>;
export const EvidenceSchema = z.object({ citation: z.string(), url: z.string().optional() });

export type Order = z.infer<typeof OrderSchema>;
export const OrderSchema = z.object({
  agent: z.string(),
  action: z.enum(ORDER_ACTIONS),
  dose: DoseSchema.optional(),
  dosePerKg: DoseSchema.optional(),
  /** How the dose was computed, e.g. "1 ug/kg × 72.4 kg (2026-10-03) = 72 ug". */
  doseArithmetic: z.string().optional(),
  /** The weight the dose used, with its date and source. */
  weightUsed: z.object({ value: z.number(), unit: z.literal("kg"), date: z.string(), source: z.string() }).optional(),
  route: z.string().optional(),
  frequency: z.string().optional(),
  duration: z.string().optional(),
  resumeBelow: z.number().optional(),
  note: z.string().optional(),
});

export type Recommendation = z.infer<typeof RecommendationSchema>;
export const RecommendationSchema = z.object({
  code: z.enum(RECOMMENDATION_CODES),
  title: z.string(),
  rationale: z.string(),
  /** One line: why, for the collapsed list. */
  summary: z.string().optional(),
  evidence: z.array(EvidenceSchema),
  dataUsed: z.array(z.string()),
  orders: z.array(OrderSchema),
  /** Benefit and harm, from the clinical notes section 7, where known. */
  benefitHarm: z
    .object({ response: z.string(), timeToResponse: z.string(), durability: z.string(), commonAdverse: z.string(), seriousAdverse: z.string() })
    .optional(),
});

export type Therapy = z.infer<typeof TherapySchema>;
export const TherapySchema = z.object({
  /** Stable id of the episode inside this evaluation (for overrides). */
  id: z.string().optional(),
  agent: z.string(),
  class: z.enum(THERAPY_CLASSES),
  start: z.string().nullable(),
  end: z.string().nullable(),
  ongoing: z.boolean(),
  response: z.enum(RESPONSES),
  failed: z.boolean(),
  failureReason: z.string().optional(),
  currentDose: DoseSchema.nullable().optional(),
  sources: z.array(z.string()).optional(),
});

export type PlateletValue = z.infer<typeof PlateletValueSchema>;
export const PlateletValueSchema = z.object({
  value: z.number(),
  unit: z.literal("10*9/L"),
  date: z.string(),
  source: z.string(),
});

/**
 * Why second-line therapy is or is not indicated (clinical notes section 2, step 3). `indicated` is true only when
 * the second-line steps are offered; when the criteria are met but escalation is held back (a therapy still inside its
 * assessment window or being titrated, or a response to ongoing therapy), `indicated` is false and `heldBack` says why.
 */
export type SecondLine = z.infer<typeof SecondLineSchema>;
export const SecondLineSchema = z.object({ indicated: z.boolean(), reason: z.string(), heldBack: z.string().optional() });

export type Evaluation = z.infer<typeof EvaluationSchema>;
export const EvaluationSchema = z.object({
  schemaVersion: z.literal(1),
  asOf: z.string(),
  patient: z.object({
    id: z.string(),
    ageYears: z.number().nullable(),
    sex: z.string(),
  }),
  assessment: z.object({
    pathwayApplies: z.boolean(),
    diagnosis: z.enum(DIAGNOSES),
    diagnosisDate: z.string().nullable(),
    phase: z.enum(PHASES),
    refractoryStatus: z.enum(REFRACTORY_STATUSES),
    latestPlatelet: PlateletValueSchema.nullable(),
    activeBleeding: z.boolean(),
    secondaryCauses: z.array(z.enum(SECONDARY_CAUSES)),
    therapies: z.array(TherapySchema),
    /** Where pathwayApplies is false: why. */
    notApplicableReason: z.string().optional(),
    prognosis: z.string().optional(),
    /** Present whenever pathwayApplies is true. */
    secondLine: SecondLineSchema.optional(),
  }),
  recommendations: z.array(RecommendationSchema),
  notRecommended: z.array(z.object({ agent: z.string(), reason: z.string() })).optional(),
  monitoring: z.array(z.object({ code: z.enum(MONITORING_CODES), text: z.string() })),
  warnings: z.array(z.object({ code: z.enum(WARNING_CODES), text: z.string(), refs: z.array(z.string()).optional() })),
  pitfalls: z.array(z.string()).optional(),
  dataQuality: z.object({
    read: z.number().int(),
    used: z.number().int(),
    excluded: z.array(z.object({ ref: z.string(), reason: z.enum(EXCLUSION_REASONS), detail: z.string().optional() })),
    unavailable: z.array(z.object({ resourceType: z.string(), reason: z.string() })).optional(),
  }),
});
