/**
 * Medication concept -> agent, in the order codes.md sets: RxNorm ingredient, RxNorm product, ATC, SNOMED,
 * then text (generic and brand names, case-insensitive whole words), recording what matched.
 */
import { AGENTS, type AgentEntry } from "../clinical/agents.ts";
import { systemKey } from "../clinical/codes.ts";
import { codings, conceptTexts, containsPhrase, type Coding } from "./fhir-read.ts";
import type { MatchSource } from "./patient-model.ts";

export interface AgentMatch {
  readonly entry: AgentEntry;
  readonly matchedBy: MatchSource;
  readonly matchedOn: string;
  readonly formulation: string | null;
}

type Tier = { readonly by: MatchSource; readonly label: string; readonly test: (c: Coding, e: AgentEntry) => boolean };

const TIERS: readonly Tier[] = [
  { by: "rxnorm-ingredient", label: "RxNorm", test: (c, e) => systemKey(c.system) === "rxnorm" && e.rxnormIngredients.includes(c.code ?? "") },
  { by: "rxnorm-product", label: "RxNorm product", test: (c, e) => systemKey(c.system) === "rxnorm" && e.rxnormProducts.some((p) => p.code === c.code) },
  { by: "atc", label: "ATC", test: (c, e) => systemKey(c.system) === "atc" && c.code !== undefined && e.atc.some((a) => (a.length < 7 ? c.code?.startsWith(a) : c.code === a)) },
  { by: "snomed", label: "SNOMED", test: (c, e) => systemKey(c.system) === "snomed" && e.snomed.some((s) => s.code === c.code) },
];

/**
 * The agent a set of medication concepts names, or undefined (the medication is not an ITP-pathway agent).
 * @param concepts - Medication.code / medicationCodeableConcept / ingredient item concepts, in that order
 */
export function matchAgent(concepts: readonly unknown[]): AgentMatch | undefined {
  const all = concepts.flatMap((c) => codings(c));
  const texts = concepts.flatMap((c) => conceptTexts(c));
  for (const tier of TIERS) {
    for (const coding of all) {
      const entry = AGENTS.find((e) => tier.test(coding, e));
      if (entry !== undefined) {
        return { entry, matchedBy: tier.by, matchedOn: `${tier.label} ${coding.code ?? ""}`, formulation: formulationOf(entry, texts) };
      }
    }
  }
  const byText = matchText(texts);
  return byText === undefined ? undefined : { ...byText, matchedBy: "text", formulation: formulationOf(byText.entry, texts) };
}

/** The agent whose longest generic or brand name appears in the texts ("Rho(D) immune globulin" beats "immune globulin"). */
export function matchText(texts: readonly string[]): { entry: AgentEntry; matchedOn: string } | undefined {
  let best: { entry: AgentEntry; phrase: string } | undefined;
  for (const entry of AGENTS) {
    if (entry.excludeText?.some((x) => texts.some((t) => containsPhrase(t, x))) === true) {
      continue;
    }
    for (const phrase of [...entry.names, ...entry.brands.map((b) => b.name)]) {
      if ((best === undefined || phrase.length > best.phrase.length) && texts.some((t) => containsPhrase(t, phrase))) {
        best = { entry, phrase };
      }
    }
  }
  return best === undefined ? undefined : { entry: best.entry, matchedOn: `text: ${best.phrase}` };
}

function formulationOf(entry: AgentEntry, texts: readonly string[]): string | null {
  for (const f of [...(entry.formulationText ?? []), ...entry.brands]) {
    if (f.formulation !== undefined && texts.some((t) => containsPhrase(t, f.name))) {
      return f.formulation;
    }
  }
  return null;
}
