/**
 * Observation and procedure value sets as data (source: shared/clinical/codes.md, "Observations" and "Procedures").
 * Each entry is `system | code | display`; `match: "prefix"` marks a code family written `x`/`*` in the notes.
 */
import { CPT, ICD10CM, ICD10PCS, LOINC, SNOMED, type CodeEntry } from "./codes.ts";

export interface ValueSetEntry extends CodeEntry {
  /** "prefix": the code stands for a family (ICD-10 `M32.x`, ICD-10-PCS `30243*`); compared without the dot. */
  readonly match?: "prefix";
}

const CODES_MD = "shared/clinical/codes.md";

export const PLATELET_COUNT: readonly ValueSetEntry[] = [
  { system: LOINC, code: "777-3", display: "Platelets [#/volume] in Blood by Automated count" },
  { system: LOINC, code: "26515-7", display: "Platelets [#/volume] in Blood" },
  { system: LOINC, code: "778-1", display: "Platelets [#/volume] in Blood by Manual count" },
  { system: LOINC, code: "49497-1", display: "Platelets [#/volume] in Blood by Estimate" },
  { system: LOINC, code: "13056-7", display: "Platelets [#/volume] in Plasma by Automated count" },
];

export const BODY_WEIGHT: readonly ValueSetEntry[] = [
  { system: LOINC, code: "29463-7", display: "Body weight" },
  { system: LOINC, code: "3141-9", display: "Body weight Measured" },
];

export const BODY_HEIGHT: readonly ValueSetEntry[] = [
  { system: LOINC, code: "8302-2", display: "Body height" },
  { system: LOINC, code: "8306-3", display: "Body height --lying" },
];

export const ALT: readonly ValueSetEntry[] = [
  { system: LOINC, code: "1742-6", display: "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma" },
  { system: LOINC, code: "1743-4", display: "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma by With P-5'-P" },
];
export const AST: readonly ValueSetEntry[] = [
  { system: LOINC, code: "1920-8", display: "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma" },
];
export const BILIRUBIN_TOTAL: readonly ValueSetEntry[] = [
  { system: LOINC, code: "1975-2", display: "Bilirubin.total [Mass/volume] in Serum or Plasma" },
];
export const BILIRUBIN_DIRECT: readonly ValueSetEntry[] = [
  { system: LOINC, code: "1968-7", display: "Bilirubin.direct [Mass/volume] in Serum or Plasma" },
];

export type ProcedureKind = "splenectomy" | "hsct" | "platelet-transfusion";

export interface ProcedureConcept {
  readonly kind: ProcedureKind;
  readonly codes: readonly ValueSetEntry[];
  /** Whole-word phrases matched case-insensitively when no code matches. */
  readonly text: readonly string[];
  readonly source: string;
}

export const PROCEDURE_CONCEPTS: readonly ProcedureConcept[] = [
  {
    kind: "splenectomy",
    codes: [
      { system: CPT, code: "38100", display: "Splenectomy; total (separate procedure)" },
      { system: CPT, code: "38101", display: "Splenectomy; partial (separate procedure)" },
      { system: CPT, code: "38102", display: "Splenectomy; total, en bloc" },
      { system: CPT, code: "38120", display: "Laparoscopy, surgical, splenectomy" },
      { system: ICD10PCS, code: "07TP0ZZ", display: "Resection of Spleen, Open Approach" },
      { system: ICD10PCS, code: "07TP4ZZ", display: "Resection of Spleen, Percutaneous Endoscopic Approach" },
      { system: SNOMED, code: "234319005", display: "Splenectomy" },
    ],
    text: ["splenectomy"],
    source: `${CODES_MD} (Procedures; SNOMED code is an example to verify)`,
  },
  {
    kind: "hsct",
    codes: [
      { system: SNOMED, code: "234336002", display: "Haemopoietic stem cell transplant" },
      { system: ICD10PCS, code: "30243", display: "Transfusion of stem cells into central vein", match: "prefix" },
      { system: ICD10CM, code: "Z94.84", display: "Stem cells transplant status" },
    ],
    text: ["stem cell transplant", "stem cell transplantation", "haematopoietic stem cell transplant", "hematopoietic stem cell transplant", "HSCT", "bone marrow transplant"],
    source: `${CODES_MD} (Procedures)`,
  },
  {
    kind: "platelet-transfusion",
    codes: [{ system: SNOMED, code: "12719002", display: "Transfusion of platelets" }],
    text: ["platelet transfusion", "transfusion of platelets"],
    source: `${CODES_MD} (Procedures: rescue, not a therapy)`,
  },
];
