/**
 * The normaliser: every resource read (any type, possibly malformed; Bundles flattened) -> the PatientModel
 * the pathway reads, with a ledger where each resource is used or excluded exactly once. Pure; never throws.
 * Policies: docs/decisions/0005-normaliser-policies.md.
 */
import { asArray, asRecord, referenceOf, type Json } from "./fhir-read.ts";
import { buildEpisodes } from "./episodes.ts";
import { gate } from "./gate.ts";
import { LedgerBuilder, type ReadItem } from "./ledger.ts";
import { normaliseMedications } from "./medications.ts";
import { normaliseConditions, settleUnmatched } from "./conditions.ts";
import { normaliseObservations, type LentDate } from "./observations.ts";
import { observationDate } from "./observation-value.ts";
import { normalisePatient } from "./patient.ts";
import type { PatientModel, ProcedureFact } from "./patient-model.ts";
import { hsctFromCondition, normaliseProcedures } from "./procedures.ts";
import { flatten, ResourceIndex } from "./resource-index.ts";
import { chooseTarget } from "./subject.ts";

export interface NormaliseInput {
  /** Every resource read, any type, possibly malformed; Bundles are flattened here too. */
  readonly resources: unknown[];
  /** The patient to build; absent: the only Patient (or the first one; see the decision record). */
  readonly patientId?: string;
  readonly unavailable?: { resourceType: string; reason: string }[];
}

/** Run one type's normaliser; if it throws, its undecided items are excluded as malformed instead. */
function guarded<T>(items: readonly ReadItem[], ledger: LedgerBuilder, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const detail = `normaliser error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200);
    items.filter((i) => !ledger.has(i)).forEach((i) => ledger.exclude(i, "malformed", detail));
    return fallback;
  }
}

/** Observation ref -> the date of the DiagnosticReport that lists it in `result` (for Observations without one). */
function lentDates(reports: readonly ReadItem[], index: ResourceIndex): Map<string, LentDate> {
  const out = new Map<string, LentDate>();
  for (const report of reports) {
    const date = observationDate(report.resource as Json);
    if (date === undefined) {
      continue;
    }
    for (const ref of asArray(report.resource?.["result"])) {
      const target = index.item(referenceOf(ref) ?? "#");
      if (target !== undefined && !out.has(target.ref)) {
        out.set(target.ref, { date, report });
      }
    }
  }
  return out;
}

/**
 * Normalise a patient's resources into the PatientModel.
 * @param input - resources, optional patientId, resource types the server could not give
 * @returns the model; `ledger.read` = used + excluded
 */
export function normalise(input: NormaliseInput): PatientModel {
  const items = flatten(Array.isArray(input.resources) ? input.resources : []);
  const index = new ResourceIndex(items);
  const ledger = new LedgerBuilder(items);
  const target = chooseTarget(items, index, typeof input.patientId === "string" && input.patientId.trim() !== "" ? input.patientId.trim() : undefined);
  const byType = new Map<string, ReadItem[]>();
  for (const item of items) {
    const verdict = guarded([item], ledger, undefined, () => gate(item, index, target));
    if (verdict !== undefined) {
      ledger.exclude(item, verdict.reason, verdict.detail);
    } else if (!ledger.has(item)) {
      const type = String(item.resource?.["resourceType"]);
      const list = byType.get(type);
      if (list === undefined) {
        byType.set(type, [item]);
      } else {
        list.push(item);
      }
    }
  }
  const of = (type: string): ReadItem[] => byType.get(type) ?? [];
  const meds = ["MedicationRequest", "MedicationStatement", "MedicationAdministration"].flatMap(of);

  const lent = guarded(of("DiagnosticReport"), ledger, new Map<string, LentDate>(), () => lentDates(of("DiagnosticReport"), index));
  const obs = guarded(of("Observation"), ledger, { platelets: [], weights: [], heights: [], liverTests: [] }, () => normaliseObservations(of("Observation"), ledger, lent));
  const cond = guarded(of("Condition"), ledger, { facts: [], unmatched: [] }, () => normaliseConditions(of("Condition"), ledger));
  const medFacts = guarded(meds, ledger, { exposures: [], medicationItems: new Set<ReadItem>(), reasonItems: new Set<ReadItem>() }, () => normaliseMedications(meds, index, ledger));
  const procedures: ProcedureFact[] = guarded(of("Procedure"), ledger, [], () => normaliseProcedures(of("Procedure"), ledger));
  for (const item of cond.unmatched) {
    const hsct = hsctFromCondition(item);
    if (hsct !== undefined) {
      procedures.push(hsct);
      ledger.use(item, "procedure:hsct");
    }
  }
  const reasonConditions = guarded(cond.unmatched, ledger, [], () => settleUnmatched(cond.unmatched.filter((i) => !ledger.has(i)), medFacts.reasonItems, ledger));
  for (const item of of("Medication")) {
    if (medFacts.medicationItems.has(item)) {
      ledger.use(item, "medication-definition");
    } else {
      ledger.exclude(item, "not-relevant", "Medication not referenced by a used medication record");
    }
  }
  const patientItem = of("Patient")[0];
  if (patientItem !== undefined) {
    ledger.use(patientItem, "patient");
  }
  for (const item of items.filter((i) => !ledger.has(i))) {
    ledger.exclude(item, "not-relevant", notRelevantDetail(item));
  }
  const therapies = guarded([], ledger, [], () => buildEpisodes(medFacts.exposures));
  return {
    patient: normalisePatient(target.id ?? "unknown", asRecord(patientItem?.resource)),
    ...obs,
    exposures: medFacts.exposures,
    therapies,
    conditions: [...cond.facts, ...reasonConditions],
    procedures,
    ledger: ledger.build(),
    unavailable: [...(input.unavailable ?? [])],
  };
}

function notRelevantDetail(item: ReadItem): string {
  const type = String(item.resource?.["resourceType"]);
  if (type === "MedicationDispense") {
    return "MedicationDispense is not read: requests, statements and administrations carry exposure";
  }
  if (type === "DiagnosticReport") {
    return "DiagnosticReport: its Observations are read instead";
  }
  return `${type} is not used by the pathway`;
}
