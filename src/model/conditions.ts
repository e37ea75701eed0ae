/**
 * Conditions -> ITP, other thrombocytopenia, not-ITP thrombocytopenia, secondary causes, hepatic impairment and
 * bleeding (shared/clinical/codes.md "Conditions"). Refuted conditions are excluded; a Condition matching no
 * concept is `not-relevant`, unless a used medication gives it as its reason (then `other-indication`).
 */
import { periodDate, validDate } from "./dates.ts";
import { codings, conceptLabel, statusCode, type Json } from "./fhir-read.ts";
import { matchCondition } from "./condition-match.ts";
import { systemKey } from "../clinical/codes.ts";
import type { LedgerBuilder, ReadItem } from "./ledger.ts";
import type { ConditionFact, MatchSource } from "./patient-model.ts";

export interface ConditionOutcome {
  readonly facts: ConditionFact[];
  /** Conditions that matched no concept, waiting to learn whether a medication names them as its reason. */
  readonly unmatched: ReadItem[];
}

function dates(r: Json): Pick<ConditionFact, "onset" | "recorded" | "abatement"> {
  return {
    onset: validDate(r["onsetDateTime"]) ?? periodDate(r["onsetPeriod"], "start") ?? null,
    recorded: validDate(r["recordedDate"]) ?? null,
    abatement: validDate(r["abatementDateTime"]) ?? periodDate(r["abatementPeriod"], "end") ?? periodDate(r["abatementPeriod"], "start") ?? null,
  };
}

/**
 * Normalise the target patient's Conditions.
 * @param items - Condition items already filtered for subject, malformed, duplicate ids and entered-in-error
 */
export function normaliseConditions(items: readonly ReadItem[], ledger: LedgerBuilder): ConditionOutcome {
  const out: ConditionOutcome = { facts: [], unmatched: [] };
  for (const item of items) {
    const r = item.resource as Json;
    const verification = statusCode(r["verificationStatus"]);
    if (verification === "refuted") {
      ledger.exclude(item, "not-relevant", "verificationStatus refuted");
      continue;
    }
    const m = matchCondition(r["code"]);
    if (m === undefined) {
      out.unmatched.push(item);
      continue;
    }
    out.facts.push({
      kind: m.concept.kind, secondaryCause: m.concept.secondaryCause, code: m.coding?.code ?? null, system: m.coding?.system ?? null,
      display: conceptLabel(r["code"]) ?? m.concept.id, matchedBy: m.matchedBy, ...dates(r),
      clinicalStatus: statusCode(r["clinicalStatus"]), source: item.ref,
    });
    ledger.use(item, `condition:${m.concept.id}`);
  }
  return out;
}

/**
 * The unmatched Conditions a used medication names as its reason become `other-indication` facts;
 * the rest are `not-relevant`.
 */
export function settleUnmatched(unmatched: readonly ReadItem[], reasons: ReadonlySet<ReadItem>, ledger: LedgerBuilder): ConditionFact[] {
  const facts: ConditionFact[] = [];
  for (const item of unmatched) {
    if (!reasons.has(item)) {
      ledger.exclude(item, "not-relevant", "not a condition the pathway uses");
      continue;
    }
    const r = item.resource as Json;
    const coding = codings(r["code"]).find((c) => c.code !== undefined);
    const key = systemKey(coding?.system);
    const matchedBy: MatchSource = key === "icd-10-cm" ? "icd-10-cm" : key === "snomed" ? "snomed" : "text";
    facts.push({
      kind: "other-indication", secondaryCause: null, code: coding?.code ?? null, system: coding?.system ?? null,
      display: conceptLabel(r["code"]) ?? "unnamed condition", matchedBy, ...dates(r), clinicalStatus: statusCode(r["clinicalStatus"]), source: item.ref,
    });
    ledger.use(item, "medication-reason");
  }
  return facts;
}
