/**
 * Assessment windows per therapy (clinical notes section 1, table "assessment window").
 * `days` counts from the start; `tpoRaMax` means "4 weeks at the maximum dose" (labels), judged from the dose history.
 * Agents without a window here (IVIG, anti-D, immunosuppressants, ...) are never judged failed from counts alone.
 */
export type AssessmentWindow =
  | { kind: "days"; days: number; source: string }
  | { kind: "tpoRaMax"; maxDose: number; unit: "ug/kg" | "mg"; source: string }
  | { kind: "transient"; source: string };

export const WINDOWS: Readonly<Record<string, AssessmentWindow>> = {
  prednisone: { kind: "days", days: 14, source: "ASH 2019; ICR 2019" },
  prednisolone: { kind: "days", days: 14, source: "ASH 2019; ICR 2019" },
  dexamethasone: { kind: "days", days: 14, source: "ASH 2019; ICR 2019" },
  methylprednisolone: { kind: "days", days: 14, source: "ASH 2019; ICR 2019" },
  "immune-globulin": { kind: "transient", source: "ICR 2019" },
  "rho-d-immune-globulin": { kind: "transient", source: "ICR 2019" },
  romiplostim: { kind: "tpoRaMax", maxDose: 10, unit: "ug/kg", source: "Nplate label; Seed" },
  eltrombopag: { kind: "tpoRaMax", maxDose: 75, unit: "mg", source: "Promacta label" },
  avatrombopag: { kind: "tpoRaMax", maxDose: 40, unit: "mg", source: "Doptelet label" },
  fostamatinib: { kind: "days", days: 84, source: "Tavalisse label" },
  rituximab: { kind: "days", days: 56, source: "ICR 2019 (responses occur 1-8 weeks)" },
  splenectomy: { kind: "days", days: 28, source: "ICR 2019" },
  rilzabrutinib: { kind: "days", days: 84, source: "Wayrilz label" },
};

/** Alvaiz (eltrombopag choline) maximum 54 mg daily, equivalent to Promacta 75 mg (notes section 3). */
export const ALVAIZ_MAX_MG = 54;

/** Corticosteroid agents (first line, ASH 2019). */
export const CORTICOSTEROIDS = ["prednisone", "prednisolone", "dexamethasone", "methylprednisolone"] as const;

/** Second-line therapies (notes section 1, "refractory"). */
export const SECOND_LINE_AGENTS = [
  "romiplostim",
  "eltrombopag",
  "avatrombopag",
  "rituximab",
  "splenectomy",
  "fostamatinib",
  "rilzabrutinib",
] as const;

export const TPO_RA_AGENTS = ["romiplostim", "eltrombopag", "avatrombopag"] as const;

/** The Mahévas 2016 set: all failed = multirefractory. */
export const MULTIREFRACTORY_SET = ["splenectomy", "rituximab", "romiplostim", "eltrombopag"] as const;

/**
 * Agents whose presence is evidence of ITP beside an unspecified or other thrombocytopenia code: a TPO-RA,
 * fostamatinib, rilzabrutinib or anti-D (shared/clinical/codes.md, "Evidence of ITP").
 */
export const ITP_EVIDENCE_AGENTS = [...TPO_RA_AGENTS, "fostamatinib", "rilzabrutinib", "rho-d-immune-globulin"] as const;
