/**
 * Condition concepts as data (source: shared/clinical/codes.md, "Conditions"). ICD-10-CM families written
 * `M32.x`, `C81-C88`, `K74.3-K74.6x` in the notes are listed as prefixes (compared without the dot).
 * SNOMED codes are the notes' examples (to verify before relying on one alone); text phrases are whole words.
 */
import type { SecondaryCause } from "../contract/evaluation.ts";
import { ICD10CM, SNOMED } from "./codes.ts";
import type { ValueSetEntry } from "./value-sets.ts";

export type ConditionConceptKind =
  | "itp"
  | "thrombocytopenia-other"
  | "thrombocytopenia-not-itp"
  | "secondary-cause"
  | "hepatic-impairment"
  | "bleeding";

export interface ConditionConcept {
  readonly id: string;
  readonly kind: ConditionConceptKind;
  readonly secondaryCause: SecondaryCause | null;
  readonly codes: readonly ValueSetEntry[];
  readonly text: readonly string[];
  readonly source: string;
}

const SRC = "shared/clinical/codes.md (Conditions)";
const icd = (code: string, display: string, prefix = false): ValueSetEntry =>
  prefix ? { system: ICD10CM, code, display, match: "prefix" } : { system: ICD10CM, code, display };
const sct = (code: string, display: string): ValueSetEntry => ({ system: SNOMED, code, display });
/** ICD-10-CM categories `from`..`to` (same letter) as prefixes, e.g. C81-C88. */
const icdRange = (letter: string, from: number, to: number, display: string): ValueSetEntry[] =>
  Array.from({ length: to - from + 1 }, (_, i) => icd(`${letter}${String(from + i).padStart(2, "0")}`, display, true));

const secondary = (id: SecondaryCause, codes: ValueSetEntry[], text: string[]): ConditionConcept => ({
  id, kind: "secondary-cause", secondaryCause: id, codes, text, source: SRC,
});

export const CONDITION_CONCEPTS: readonly ConditionConcept[] = [
  {
    id: "itp", kind: "itp", secondaryCause: null, source: SRC,
    codes: [icd("D69.3", "Immune thrombocytopenic purpura"), sct("32273002", "Idiopathic thrombocytopenic purpura"), sct("13172003", "Autoimmune thrombocytopenic purpura")],
    text: ["immune thrombocytopenia", "immune thrombocytopenic purpura", "idiopathic thrombocytopenic purpura", "autoimmune thrombocytopenic purpura", "autoimmune thrombocytopenia", "ITP"],
  },
  {
    id: "thrombocytopenia-other", kind: "thrombocytopenia-other", secondaryCause: null, source: SRC,
    codes: [
      icd("D69.6", "Thrombocytopenia, unspecified"), icd("D69.49", "Other primary thrombocytopenia"),
      icd("D69.59", "Other secondary thrombocytopenia"), icd("D69.41", "Evans syndrome"), sct("302215000", "Thrombocytopenic disorder"),
    ],
    text: ["thrombocytopenia", "thrombocytopenic disorder", "Evans syndrome"],
  },
  {
    id: "thrombocytopenia-not-itp", kind: "thrombocytopenia-not-itp", secondaryCause: null, source: SRC,
    codes: [
      icd("D75.82", "Heparin induced thrombocytopenia (HIT)"), icd("M31.1", "Thrombotic microangiopathy"),
      icd("D69.42", "Congenital and hereditary thrombocytopenia purpura"),
      sct("73397007", "Heparin-induced thrombocytopenia"), sct("78129009", "Thrombotic thrombocytopenic purpura"),
    ],
    text: [
      "heparin-induced thrombocytopenia", "heparin induced thrombocytopenia", "drug-induced thrombocytopenia", "drug induced thrombocytopenia",
      // Longer than "immune thrombocytopenia", so drug-induced immune thrombocytopenia is not read as ITP (codes.md:
      // a recorded drug or chemotherapy cause is not ITP).
      "drug-induced immune thrombocytopenia", "drug induced immune thrombocytopenia",
      "chemotherapy-induced thrombocytopenia", "chemotherapy induced thrombocytopenia",
      "thrombotic thrombocytopenic purpura", "hemolytic uremic syndrome", "haemolytic uraemic syndrome", "congenital thrombocytopenia", "hereditary thrombocytopenia",
    ],
  },
  secondary("sle", [icd("M32", "Systemic lupus erythematosus", true), sct("55464009", "Systemic lupus erythematosus")], ["systemic lupus erythematosus", "SLE"]),
  secondary("antiphospholipid-syndrome", [icd("D68.61", "Antiphospholipid syndrome"), sct("7317000", "Antiphospholipid syndrome")], ["antiphospholipid syndrome", "antiphospholipid antibody syndrome"]),
  secondary("hiv", [icd("B20", "HIV disease", true), icd("Z21", "Asymptomatic HIV infection status"), sct("86406008", "HIV infection")], ["HIV", "human immunodeficiency virus"]),
  secondary("hepatitis-c", [icd("B18.2", "Chronic viral hepatitis C"), icd("B17.1", "Acute hepatitis C", true), icd("B19.2", "Unspecified viral hepatitis C", true), sct("50711007", "Viral hepatitis type C")], ["hepatitis C"]),
  secondary("hepatitis-b", [icd("B18.0", "Chronic viral hepatitis B with delta-agent"), icd("B18.1", "Chronic viral hepatitis B without delta-agent"), icd("B16", "Acute hepatitis B", true), icd("B19.1", "Unspecified viral hepatitis B", true), sct("66071002", "Viral hepatitis type B")], ["hepatitis B"]),
  secondary("h-pylori", [icd("B96.81", "Helicobacter pylori as the cause of diseases classified elsewhere")], ["Helicobacter pylori", "H. pylori", "H pylori"]),
  secondary("cll", [icd("C91.1", "Chronic lymphocytic leukemia of B-cell type", true), sct("92814006", "Chronic lymphocytic leukaemia")], ["chronic lymphocytic leukemia", "chronic lymphocytic leukaemia", "CLL"]),
  secondary("lymphoma", icdRange("C", 81, 88, "Lymphoma and other lymphoid malignancies (C81-C88)"), ["lymphoma"]),
  secondary("cvid", [icd("D83", "Common variable immunodeficiency", true), sct("58606001", "Common variable immunodeficiency")], ["common variable immunodeficiency", "CVID"]),
  secondary("mgus", [icd("D47.2", "Monoclonal gammopathy"), sct("77444004", "Monoclonal gammopathy of uncertain significance")], ["monoclonal gammopathy", "MGUS"]),
  {
    id: "hepatic-impairment", kind: "hepatic-impairment", secondaryCause: null, source: SRC,
    codes: [
      icd("K70.3", "Alcoholic cirrhosis of liver", true), icd("K74.3", "Primary biliary cirrhosis", true), icd("K74.4", "Secondary biliary cirrhosis", true),
      icd("K74.5", "Biliary cirrhosis, unspecified", true), icd("K74.6", "Other and unspecified cirrhosis of liver", true),
      icd("K72", "Hepatic failure, not elsewhere classified", true), sct("19943007", "Cirrhosis of liver"),
    ],
    text: ["cirrhosis", "hepatic failure", "liver failure"],
  },
  {
    id: "bleeding", kind: "bleeding", secondaryCause: null, source: SRC,
    codes: [
      icd("K92.0", "Hematemesis"), icd("K92.1", "Melena"), icd("K92.2", "Gastrointestinal hemorrhage, unspecified"), icd("K62.5", "Hemorrhage of anus and rectum"),
      ...icdRange("I", 60, 62, "Intracranial haemorrhage (I60-I62)"), icd("R04.0", "Epistaxis"), icd("R31", "Hematuria", true),
      icd("N92.0", "Excessive and frequent menstruation with regular cycle"), icd("N92.1", "Excessive and frequent menstruation with irregular cycle"),
      icd("R58", "Hemorrhage, not elsewhere classified"), icd("H35.6", "Retinal hemorrhage", true),
      sct("131148009", "Bleeding"), sct("74474003", "Gastrointestinal hemorrhage"), sct("1386000", "Intracranial hemorrhage"),
    ],
    text: ["bleeding", "hemorrhage", "haemorrhage", "hematemesis", "haematemesis", "melena", "melaena", "epistaxis", "hematuria", "haematuria", "menorrhagia"],
  },
];
