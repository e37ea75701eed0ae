/**
 * Therapy agents as data (source: shared/clinical/codes.md, "Medications"; refractory-itp.md sections 1-3).
 * RxNorm ingredient codes are only those the notes list as confirmed; where none is listed, ATC and text carry
 * the agent. Product codes are listed only where a source shows them (fixture file named in `source`).
 */
import type { TherapyClass } from "../contract/evaluation.ts";

export interface Brand {
  readonly name: string;
  /** Set where the formulation matters for dosing (Alvaiz vs Promacta: refractory-itp.md section 3). */
  readonly formulation?: string;
}

export interface AgentEntry {
  /** Contract agent id (evaluation.md, `assessment.therapies[].agent`). */
  readonly agent: string;
  readonly class: TherapyClass;
  /** Full 7-character ATC codes, or a shorter group code matched as a prefix (interferons L03AB). */
  readonly atc: readonly string[];
  readonly rxnormIngredients: readonly string[];
  readonly rxnormProducts: readonly { readonly code: string; readonly display: string; readonly source: string }[];
  readonly snomed: readonly { readonly code: string; readonly display: string; readonly source: string }[];
  /** Generic names and synonyms, matched case-insensitively as whole words. */
  readonly names: readonly string[];
  readonly brands: readonly Brand[];
  /** Text (generic salt names) that fixes the formulation, e.g. "eltrombopag choline" -> alvaiz. */
  readonly formulationText?: readonly Brand[];
  /** Text that names a different product containing one of `names` (hyperimmune globulins are not IVIG). */
  readonly excludeText?: readonly string[];
  /** Rescue therapy (IVIG, anti-D): transient by design (refractory-itp.md section 1). */
  readonly rescue: boolean;
  readonly source: string;
}

const MD = "shared/clinical/codes.md (Medications)";
const a = (e: Omit<AgentEntry, "rxnormProducts" | "snomed" | "rescue" | "source"> & Partial<AgentEntry>): AgentEntry => ({
  rxnormProducts: [], snomed: [], rescue: false, source: MD, ...e,
});

export const AGENTS: readonly AgentEntry[] = [
  a({ agent: "romiplostim", class: "tpo-ra", atc: ["B02BX04"], rxnormIngredients: [], names: ["romiplostim"], brands: [{ name: "Nplate" }, { name: "Romiplate" }] }),
  a({
    agent: "eltrombopag", class: "tpo-ra", atc: ["B02BX05"], rxnormIngredients: [], names: ["eltrombopag"],
    brands: [{ name: "Promacta", formulation: "promacta" }, { name: "Revolade", formulation: "promacta" }, { name: "Alvaiz", formulation: "alvaiz" }],
    formulationText: [{ name: "eltrombopag choline", formulation: "alvaiz" }, { name: "eltrombopag olamine", formulation: "promacta" }],
    source: `${MD}; refractory-itp.md section 3 (Alvaiz is eltrombopag choline, not interchangeable)`,
  }),
  a({ agent: "avatrombopag", class: "tpo-ra", atc: ["B02BX08"], rxnormIngredients: [], names: ["avatrombopag"], brands: [{ name: "Doptelet" }] }),
  a({ agent: "lusutrombopag", class: "tpo-ra", atc: ["B02BX07"], rxnormIngredients: [], names: ["lusutrombopag"], brands: [{ name: "Mulpleta" }], source: `${MD} (not for ITP)` }),
  a({ agent: "fostamatinib", class: "syk-inhibitor", atc: ["B02BX09"], rxnormIngredients: [], names: ["fostamatinib"], brands: [{ name: "Tavalisse" }, { name: "Tavlesse" }] }),
  a({ agent: "rilzabrutinib", class: "btk-inhibitor", atc: [], rxnormIngredients: [], names: ["rilzabrutinib"], brands: [{ name: "Wayrilz" }] }),
  a({
    agent: "rituximab", class: "anti-cd20", atc: ["L01FA01"], rxnormIngredients: ["121191"],
    names: ["rituximab", "rituximab-abbs", "rituximab-pvvr", "rituximab-arrx"],
    brands: [{ name: "Rituxan" }, { name: "Truxima" }, { name: "Ruxience" }, { name: "Riabni" }, { name: "MabThera" }],
  }),
  a({
    agent: "prednisone", class: "corticosteroid", atc: ["H02AB07"], rxnormIngredients: ["8640"], names: ["prednisone"], brands: [{ name: "Deltasone" }, { name: "Rayos" }],
    rxnormProducts: [{ code: "312617", display: "predniSONE 5 MG Oral Tablet", source: "fixtures/public/synthea (Ardith Welch)" }],
    snomed: [{ code: "373994007", display: "Prednisone 5mg tablet (Product)", source: "fixtures/public/hl7-fhir-r4-core-examples (MedicationStatement)" }],
  }),
  a({ agent: "prednisolone", class: "corticosteroid", atc: ["H02AB06"], rxnormIngredients: [], names: ["prednisolone"], brands: [] }),
  a({ agent: "dexamethasone", class: "corticosteroid", atc: ["H02AB02"], rxnormIngredients: ["3264"], names: ["dexamethasone"], brands: [{ name: "Decadron" }] }),
  a({ agent: "methylprednisolone", class: "corticosteroid", atc: ["H02AB04"], rxnormIngredients: ["6902"], names: ["methylprednisolone"], brands: [{ name: "Solu-Medrol" }, { name: "Medrol" }] }),
  a({
    agent: "immune-globulin", class: "ivig", atc: ["J06BA02"], rxnormIngredients: [], rescue: true,
    names: ["immune globulin", "immunoglobulin", "immune globulin intravenous", "IVIG", "IGIV"],
    brands: [{ name: "Privigen" }, { name: "Gamunex-C" }, { name: "Octagam" }, { name: "Gammagard" }, { name: "Panzyga" }],
    excludeText: ["hepatitis B immune globulin", "tetanus immune globulin", "rabies immune globulin", "varicella zoster immune globulin", "botulism immune globulin", "cytomegalovirus immune globulin"],
  }),
  a({
    agent: "rho-d-immune-globulin", class: "ivig", atc: ["J06BB01"], rxnormIngredients: [], rescue: true,
    names: ["Rho(D) immune globulin", "anti-D immune globulin", "anti-D immunoglobulin", "anti-D"], brands: [{ name: "WinRho" }],
  }),
  a({ agent: "azathioprine", class: "immunosuppressant", atc: ["L04AX01"], rxnormIngredients: ["1256"], names: ["azathioprine"], brands: [{ name: "Imuran" }] }),
  a({
    agent: "mycophenolate", class: "immunosuppressant", atc: ["L04AA06"], rxnormIngredients: [],
    names: ["mycophenolate", "mycophenolate mofetil", "mycophenolic acid"], brands: [{ name: "CellCept" }, { name: "Myfortic" }],
  }),
  a({ agent: "cyclosporine", class: "immunosuppressant", atc: ["L04AD01"], rxnormIngredients: ["3008"], names: ["cyclosporine", "ciclosporin"], brands: [{ name: "Neoral" }, { name: "Sandimmune" }] }),
  a({ agent: "danazol", class: "other", atc: ["G03XA01"], rxnormIngredients: [], names: ["danazol"], brands: [] }),
  a({ agent: "dapsone", class: "other", atc: ["J04BA02"], rxnormIngredients: [], names: ["dapsone"], brands: [] }),
  a({ agent: "cyclophosphamide", class: "chemotherapy", atc: ["L01AA01"], rxnormIngredients: ["3002"], names: ["cyclophosphamide"], brands: [] }),
  a({ agent: "vincristine", class: "chemotherapy", atc: ["L01CA02"], rxnormIngredients: ["11202"], names: ["vincristine"], brands: [{ name: "Oncovin" }] }),
  a({ agent: "etoposide", class: "chemotherapy", atc: ["L01CB01"], rxnormIngredients: [], names: ["etoposide"], brands: [] }),
  a({ agent: "alemtuzumab", class: "immunosuppressant", atc: ["L04AG01", "L01XC04"], rxnormIngredients: [], names: ["alemtuzumab"], brands: [{ name: "Campath" }, { name: "Lemtrada" }] }),
  a({ agent: "colchicine", class: "not-recommended", atc: ["M04AC01"], rxnormIngredients: ["2683"], names: ["colchicine"], brands: [] }),
  a({
    agent: "interferon-alfa", class: "not-recommended", atc: ["L03AB"], rxnormIngredients: [],
    names: ["interferon alfa", "interferon alpha", "peginterferon alfa", "interferon alfa-2a", "interferon alfa-2b"], brands: [],
  }),
  a({ agent: "ascorbic-acid", class: "not-recommended", atc: ["A11GA01"], rxnormIngredients: ["1151"], names: ["ascorbic acid", "vitamin C"], brands: [] }),
  a({
    agent: "eptacog-alfa", class: "not-recommended", atc: ["B02BD08"], rxnormIngredients: [],
    names: ["eptacog alfa", "recombinant factor VIIa", "factor VIIa", "rFVIIa"], brands: [{ name: "NovoSeven" }],
  }),
];

/**
 * Routes and forms that make a corticosteroid local, not systemic: eye, ear and skin preparations, inhalers and nasal
 * sprays, joint and intravitreal injections. First-line ITP therapy is systemic corticosteroids (ASH 2019; ICR 2019),
 * so a local one is not an ITP line (it would otherwise count towards "corticosteroid dependence", IWG 2009).
 * Matched case-insensitively as whole words on the route and the medication text.
 */
export const LOCAL_CORTICOSTEROID_TEXT: readonly string[] = [
  "ophthalmic", "eye drops", "eye drop", "otic", "ear drops", "topical", "cutaneous", "cream", "ointment", "lotion",
  "inhalation", "inhaled", "inhaler", "nasal", "intranasal", "intravitreal", "intra-articular", "intraarticular",
];

