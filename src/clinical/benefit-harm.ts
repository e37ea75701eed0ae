/**
 * Benefit and harm of each option (clinical notes section 7; Seed unless noted), shown beside recommendations.
 */
export interface BenefitHarmRow {
  readonly response: string;
  readonly timeToResponse: string;
  readonly durability: string;
  readonly commonAdverse: string;
  readonly seriousAdverse: string;
}

export const BENEFIT_HARM: Readonly<Record<string, BenefitHarmRow>> = {
  romiplostim: {
    response: "88% not splenectomised, 79% splenectomised",
    timeToResponse: "1-4 weeks",
    durability: "sustained up to 4 years on continuous use, no loss of benefit or cumulative toxicity",
    commonAdverse: "headache, fatigue (>= 20%)",
    seriousAdverse: "bone marrow reticulin increase; worsening thrombocytopenia after stopping; thrombosis",
  },
  eltrombopag: {
    response: "70-81% depending on dose (50-75 mg)",
    timeToResponse: "by day 15 > 80% of patients on 50 mg have a rise",
    durability: "sustained up to 1.5 years on continuous use",
    commonAdverse: "headache (>= 20%)",
    seriousAdverse: "hepatotoxicity (liver test abnormalities 5-13%); thrombosis (2-3%); reticulin increase; worsening thrombocytopenia after stopping",
  },
  "combination-immunosuppressant-tpo-ra": {
    response: "7 of 10 (70%); immunosuppressant alone 1 of 14 (7%) (Mahévas 2016)",
    timeToResponse: "not reported",
    durability: "median 15 months (Mahévas 2016)",
    commonAdverse: "not reported",
    seriousAdverse: "not reported",
  },
  "combination-chemotherapy": {
    response: "68% (42% complete)",
    timeToResponse: "2-3 months",
    durability: "durable in two thirds of complete responders",
    commonAdverse: "nausea, vomiting, alopecia, acne",
    seriousAdverse: "secondary malignancy including acute leukaemia; haemorrhagic cystitis; neuropathy; pancytopenia",
  },
  alemtuzumab: {
    response: "67% initial",
    timeToResponse: "1 week to 9 months",
    durability: "all but one relapsed within 24 months",
    commonAdverse: "fever, rigors, chills",
    seriousAdverse:
      "severe, possibly life-threatening immunosuppression (needs antifungal, antibacterial and antiviral prophylaxis); intracranial haemorrhage; cerebral vein thrombosis; severe intravascular haemolysis; death; infection",
  },
  hsct: {
    response: "6 of 14 (43%) remission",
    timeToResponse: "about 5 weeks",
    durability: "long-term complete remission in a third; late relapses at 2 years",
    commonAdverse: "not reported",
    seriousAdverse:
      "potentially fatal: neutropenic fever, cerebral haemorrhage, septicaemia, infection, mucocutaneous bleeding, myelosuppression, anorexia, graft-versus-host disease, death",
  },
};

/** What each step-7 option is, in the notes' words (clinical notes section 2, step 7; Seed; Mahévas 2016). */
export const ESCALATION_REGIMENS = {
  "combination-immunosuppressant-tpo-ra": "An immunosuppressant combined with a TPO-RA, in multirefractory ITP (Mahévas 2016).",
  "combination-chemotherapy":
    "Cyclophosphamide 100-200 mg/day IV days 1-5 or 7 + prednisone 0.5-1.0 mg/kg/day PO days 1-7 + vincristine 1-2 mg IV day 1 + either azathioprine 100 mg/day PO days 1-5 or 7 or etoposide 50 mg/day PO days 1-7.",
  alemtuzumab: "Alemtuzumab (Campath-1H); infusion reactions.",
  hsct: "HSCT is a last resort, only for severe chronic refractory ITP with bleeding complications unresponsive to all other modalities.",
} as const;

/** After stopping a TPO-RA with a taper, about 30% keep a remission of at least 6 months (Seed). */
export const TPO_RA_REMISSION_AFTER_STOP = "about 30% keep a remission of at least 6 months after a tapered stop (Seed)";

/** Prognosis of multirefractory ITP (Mahévas 2016; Seed). */
export const MULTIREFRACTORY_PROGNOSIS =
  "Multirefractory ITP: 40% have at least one bacterial infection, 24% at least one thrombosis, and 8% (3 of 37) die of ITP (bleeding or sepsis) (Mahévas 2016; Seed).";

/** Pitfalls the UI must say plainly (notes section 5; Seed). */
export const PITFALLS: readonly string[] = [
  "Do not try to normalise the count: the target is the lowest dose that keeps the platelet count at or above 50 ×10⁹/L.",
  "Stop a TPO-RA after 4 weeks at the maximum dose without response.",
  "Never stop a TPO-RA abruptly: taper.",
  "Watch for thrombosis on TPO-RAs.",
];
