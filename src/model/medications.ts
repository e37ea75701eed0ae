/**
 * Medication resources -> exposures to ITP-pathway agents (shared/clinical/codes.md "Medications").
 * medicationCodeableConcept, or medicationReference to a contained (`#id`), separate (`Medication/id`) or
 * Bundle (`urn:uuid:`) Medication, whose code and ingredients are read.
 */
import { LOCAL_CORTICOSTEROID_TEXT } from "../clinical/agents.ts";
import type { ConditionConcept } from "../clinical/condition-concepts.ts";
import { matchCondition } from "./condition-match.ts";
import { validDate } from "./dates.ts";
import { asArray, asRecord, asString, conceptLabel, conceptTexts, containsPhrase, referenceOf, type Json } from "./fhir-read.ts";
import type { LedgerBuilder, ReadItem } from "./ledger.ts";
import { EXPOSURE_KINDS, exposureDose, exposureExclusion, exposureFrequency, exposurePeriod, exposureRoute, stoppedForIntolerance } from "./medication-fields.ts";
import { matchAgent } from "./medication-match.ts";
import type { MedicationExposure } from "./patient-model.ts";
import type { ResourceIndex } from "./resource-index.ts";

export interface MedicationFacts {
  readonly exposures: MedicationExposure[];
  /** Medication items that a used exposure referenced. */
  readonly medicationItems: Set<ReadItem>;
  /** Condition items that a used exposure gave as its reason. */
  readonly reasonItems: Set<ReadItem>;
}

/** Medication.code, its ingredients' concepts (one level of itemReference), or the inline concept. */
function medicationConcepts(r: Json, index: ResourceIndex, items: Set<ReadItem>): unknown[] {
  if (r["medicationCodeableConcept"] !== undefined) {
    return [r["medicationCodeableConcept"]];
  }
  const ref = r["medicationReference"];
  const reference = referenceOf(ref);
  const resolved = reference === undefined ? undefined : index.resolveResource(reference, r);
  if (resolved === undefined) {
    const display = asString(asRecord(ref)?.["display"]);
    return display === undefined ? [] : [{ text: display }];
  }
  if (resolved.item !== undefined) {
    items.add(resolved.item);
  }
  const med = resolved.resource;
  const ingredients = asArray(med["ingredient"]).flatMap((ing) => {
    const i = asRecord(ing);
    if (i?.["itemCodeableConcept"] !== undefined) {
      return [i["itemCodeableConcept"]];
    }
    const inner = referenceOf(i?.["itemReference"]);
    const res = inner === undefined ? undefined : index.resolveResource(inner, med);
    return res === undefined ? [] : [res.resource["code"]];
  });
  return [med["code"], ...ingredients];
}

/** reasonIsItp: true when any reason is ITP; false when a reason names another indication; null otherwise. */
function reasons(r: Json, index: ResourceIndex, reasonItems: ReadItem[]): { isItp: boolean | null; text: string | null } {
  const concepts: unknown[] = [...asArray(r["reasonCode"])];
  for (const ref of asArray(r["reasonReference"])) {
    const reference = referenceOf(ref);
    const res = reference === undefined ? undefined : index.resolveResource(reference, r);
    if (res !== undefined && res.resource["resourceType"] === "Condition") {
      concepts.push(res.resource["code"]);
      if (res.item !== undefined) {
        reasonItems.push(res.item);
      }
    }
  }
  const matched: (ConditionConcept | undefined)[] = concepts.map((c) => matchCondition(c)?.concept);
  const text = concepts.map((c) => conceptLabel(c)).find((t) => t !== null) ?? null;
  if (matched.some((m) => m?.kind === "itp")) {
    return { isItp: true, text };
  }
  return { isItp: matched.some((m) => m?.kind !== "thrombocytopenia-other") ? false : null, text };
}

/** The local route or form a corticosteroid's texts name (LOCAL_CORTICOSTEROID_TEXT), or undefined. */
function localForm(texts: readonly string[]): string | undefined {
  return LOCAL_CORTICOSTEROID_TEXT.find((p) => texts.some((t) => containsPhrase(t, p)));
}

/**
 * Normalise MedicationRequest / MedicationStatement / MedicationAdministration items of the target patient.
 * @param items - items already filtered for subject, malformed, duplicate ids and entered-in-error
 */
export function normaliseMedications(items: readonly ReadItem[], index: ResourceIndex, ledger: LedgerBuilder): MedicationFacts {
  const facts: MedicationFacts = { exposures: [], medicationItems: new Set(), reasonItems: new Set() };
  for (const item of items) {
    const r = item.resource as Json;
    const kind = EXPOSURE_KINDS[String(r["resourceType"])];
    if (kind === undefined) {
      continue;
    }
    const medItems = new Set<ReadItem>();
    const concepts = medicationConcepts(r, index, medItems);
    const match = matchAgent(concepts);
    if (match === undefined) {
      ledger.exclude(item, "not-relevant", "not an ITP-pathway medication");
      continue;
    }
    const excluded = exposureExclusion(kind, r);
    if (excluded !== undefined) {
      ledger.exclude(item, excluded.reason, `${match.entry.agent}: ${excluded.detail}`);
      continue;
    }
    const local = match.entry.class === "corticosteroid" ? localForm([exposureRoute(kind, r) ?? "", ...concepts.flatMap(conceptTexts)]) : undefined;
    if (local !== undefined) {
      ledger.exclude(item, "not-relevant", `${match.entry.agent}: ${local} preparation, not systemic: not an ITP therapy`);
      continue;
    }
    const { start, end } = exposurePeriod(kind, r);
    const reasonItems: ReadItem[] = [];
    const reason = reasons(r, index, reasonItems);
    const doseDate = start ?? (kind === "statement" ? (validDate(r["dateAsserted"]) ?? null) : null);
    facts.exposures.push({
      agent: match.entry.agent, class: match.entry.class, kind, status: asString(r["status"]) ?? "unknown", start,
      end, dose: exposureDose(kind, r, doseDate, item.ref), route: exposureRoute(kind, r),
      frequency: exposureFrequency(kind, r), matchedBy: match.matchedBy, matchedOn: match.matchedOn, formulation: match.formulation,
      stoppedForIntolerance: stoppedForIntolerance(r), reasonIsItp: reason.isItp, reasonText: reason.text, source: item.ref,
    });
    ledger.use(item, "therapy");
    medItems.forEach((m) => facts.medicationItems.add(m));
    reasonItems.forEach((c) => facts.reasonItems.add(c));
  }
  return facts;
}
