/**
 * Procedures -> splenectomy, HSCT, platelet transfusion (shared/clinical/codes.md "Procedures"), by CPT,
 * ICD-10-PCS, SNOMED, then text. Only completed, in-progress or unknown-status procedures are used.
 */
import { PROCEDURE_CONCEPTS } from "../clinical/value-sets.ts";
import { matchConcept } from "./condition-match.ts";
import { periodDate, validDate } from "./dates.ts";
import { asString, conceptLabel, type Json } from "./fhir-read.ts";
import type { LedgerBuilder, ReadItem } from "./ledger.ts";
import type { ProcedureFact } from "./patient-model.ts";

const NOT_PERFORMED = new Set(["not-done", "preparation", "stopped", "on-hold"]);

/**
 * Normalise the target patient's Procedures.
 * @param items - Procedure items already filtered for subject, malformed, duplicate ids and entered-in-error
 */
export function normaliseProcedures(items: readonly ReadItem[], ledger: LedgerBuilder): ProcedureFact[] {
  const facts: ProcedureFact[] = [];
  for (const item of items) {
    const r = item.resource as Json;
    const m = matchConcept(r["code"], PROCEDURE_CONCEPTS);
    if (m === undefined) {
      ledger.exclude(item, "not-relevant", "not a splenectomy, HSCT or platelet transfusion");
      continue;
    }
    const status = asString(r["status"])?.trim() ?? "unknown";
    if (NOT_PERFORMED.has(status)) {
      ledger.exclude(item, "not-done", `${m.concept.kind}: status ${status}`);
      continue;
    }
    facts.push({
      kind: m.concept.kind,
      date: validDate(r["performedDateTime"]) ?? periodDate(r["performedPeriod"], "start") ?? periodDate(r["performedPeriod"], "end") ?? null,
      code: m.coding?.code ?? null, display: conceptLabel(r["code"]) ?? m.concept.kind, matchedBy: m.matchedBy, source: item.ref,
    });
    ledger.use(item, `procedure:${m.concept.kind}`);
  }
  return facts;
}

/** A Condition coded Z94.84 (stem cells transplant status) is evidence of HSCT (codes.md "Procedures"). */
export function hsctFromCondition(item: ReadItem): ProcedureFact | undefined {
  const r = item.resource as Json;
  const m = matchConcept(r["code"], PROCEDURE_CONCEPTS.filter((p) => p.kind === "hsct"));
  if (m === undefined || m.matchedBy !== "icd-10-cm") {
    return undefined;
  }
  return {
    kind: "hsct", date: validDate(r["onsetDateTime"]) ?? validDate(r["recordedDate"]) ?? null, code: m.coding?.code ?? null,
    display: conceptLabel(r["code"]) ?? "stem cells transplant status", matchedBy: "icd-10-cm", source: item.ref,
  };
}
