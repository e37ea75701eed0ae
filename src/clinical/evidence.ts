/**
 * Citations the pathway attaches to its recommendations (clinical notes, "Sources").
 * URLs are DOIs of the papers and DailyMed search pages for the US labels (a search URL, never a guessed deep link).
 */
import type { Evidence } from "../contract/evaluation.ts";

/** DailyMed search page for a US label (https://dailymed.nlm.nih.gov). */
function dailymed(query: string): string {
  return `https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=${encodeURIComponent(query)}`;
}

export const EVIDENCE = {
  ash2019: {
    citation: "Neunert C et al. American Society of Hematology 2019 guidelines for immune thrombocytopenia. Blood Adv 2019;3(23):3829-3866.",
    url: "https://doi.org/10.1182/bloodadvances.2019000966",
  },
  icr2019: {
    citation: "Provan D et al. Updated international consensus report on the investigation and management of primary immune thrombocytopenia. Blood Adv 2019;3(22):3780-3817.",
    url: "https://doi.org/10.1182/bloodadvances.2019000812",
  },
  iwg2009: {
    citation: "Rodeghiero F et al. Standardization of terminology, definitions and outcome criteria in ITP. Blood 2009;113(11):2386-2393.",
    url: "https://doi.org/10.1182/blood-2008-07-162503",
  },
  mahevas2016: {
    citation: "Mahévas M et al. Characteristics, outcome, and response to therapy of multirefractory chronic immune thrombocytopenia. Blood 2016;128(12):1625-1630.",
    url: "https://doi.org/10.1182/blood-2016-03-704732",
  },
  seed: {
    citation:
      "Treatment of Refractory Thrombocytopenia, guideline-directed overview (2025-2026; Dr.Oracle Medical Advisory Board 2025; Praxis Medical Insights 2026; Ann Med Surg 2023).",
  },
  nplateLabel: { citation: "Nplate (romiplostim) US prescribing information.", url: dailymed("Nplate") },
  promactaLabel: { citation: "Promacta (eltrombopag olamine) US prescribing information.", url: dailymed("Promacta") },
  alvaizLabel: { citation: "Alvaiz (eltrombopag choline) US prescribing information.", url: dailymed("Alvaiz") },
  dopteletLabel: { citation: "Doptelet (avatrombopag) US prescribing information.", url: dailymed("Doptelet") },
  tavalisseLabel: { citation: "Tavalisse (fostamatinib) US prescribing information.", url: dailymed("Tavalisse") },
  wayrilzLabel: { citation: "Wayrilz (rilzabrutinib) US prescribing information.", url: dailymed("Wayrilz") },
  rituxanLabel: { citation: "Rituxan (rituximab) US prescribing information (boxed warning: hepatitis B reactivation).", url: dailymed("Rituxan") },
  mosteller1987: {
    citation: "Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317(17):1098.",
    url: "https://doi.org/10.1056/NEJM198710223171717",
  },
} as const satisfies Record<string, Evidence>;

export type EvidenceKey = keyof typeof EVIDENCE;

/**
 * The evidence entries for a list of keys, in order.
 * @param keys - evidence keys
 * @returns citation objects for the contract
 */
export function evidence(...keys: EvidenceKey[]): Evidence[] {
  return keys.map((k) => ({ ...EVIDENCE[k] }));
}
