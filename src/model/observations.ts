/**
 * Observations -> platelet counts (10*9/L), weights (kg), heights (cm) and liver tests, each with its source;
 * everything else excluded with a reason (refractory-itp.md section 6; codes.md "Observations").
 */
import { toEpoch } from "./dates.ts";
import type { Json } from "./fhir-read.ts";
import type { LedgerBuilder, ReadItem } from "./ledger.ts";
import { classifyObservation } from "./observation-kind.ts";
import { observationDate, observationStatus, observationValue, upperLimit } from "./observation-value.ts";
import type { LiverTest, Measurement, PlateletCount } from "./patient-model.ts";
import { convertHeight, convertPlatelet, convertWeight } from "./units.ts";

export interface ObservationFacts {
  readonly platelets: PlateletCount[];
  readonly weights: Measurement[];
  readonly heights: Measurement[];
  readonly liverTests: LiverTest[];
}

/** A date an Observation lacks, lent by the DiagnosticReport that lists it in `result`. */
export interface LentDate {
  readonly date: string;
  readonly report: ReadItem;
}

/**
 * Normalise the Observations of the target patient (already filtered for subject, malformed and duplicate ids).
 * @param items - Observation items, in input order
 * @param ledger - records used / excluded for each item
 * @param lentDates - dates from DiagnosticReports, keyed by the Observation's ref
 */
export function normaliseObservations(items: readonly ReadItem[], ledger: LedgerBuilder, lentDates: ReadonlyMap<string, LentDate>): ObservationFacts {
  const facts: ObservationFacts = { platelets: [], weights: [], heights: [], liverTests: [] };
  const seen = new Set<string>();
  for (const item of items) {
    const r = item.resource as Json;
    const cls = classifyObservation(r["code"]);
    if (cls === undefined) {
      ledger.exclude(item, "not-relevant", "not a platelet count, weight, height or liver test");
      continue;
    }
    const status = observationStatus(r);
    if (!status.use) {
      ledger.exclude(item, status.reason, status.detail);
      continue;
    }
    const lent = lentDates.get(item.ref);
    const date = observationDate(r) ?? lent?.date;
    const value = observationValue(r);
    if (!value.ok) {
      ledger.exclude(item, value.reason, value.detail);
      continue;
    }
    if (date === undefined) {
      ledger.exclude(item, "no-date", "no effective[x], issued or report date");
      continue;
    }
    const conv = cls.kind === "platelets" ? convertPlatelet(value.value, value.units) : cls.kind === "weight" ? convertWeight(value.value, value.units) : cls.kind === "height" ? convertHeight(value.value, value.units) : undefined;
    if (conv !== undefined && !conv.ok) {
      ledger.exclude(item, conv.reason, conv.detail);
      continue;
    }
    if (cls.kind !== "platelets" && value.comparator !== null) {
      ledger.exclude(item, "no-value", `a bound (${value.comparator}), not a measurement`);
      continue;
    }
    const converted = conv?.value ?? value.value;
    const key = `${cls.kind}|${toEpoch(date)}|${converted}|${value.comparator ?? ""}`;
    if (seen.has(key)) {
      ledger.exclude(item, "duplicate", `same ${cls.kind} value at the same time as an earlier Observation`);
      continue;
    }
    seen.add(key);
    if (lent !== undefined && observationDate(r) === undefined) {
      ledger.use(lent.report, "observation-date");
    }
    const source = item.ref;
    if (cls.kind === "platelets") {
      facts.platelets.push({
        value: converted, unit: "10*9/L", originalValue: value.original, originalUnit: value.originalUnit, comparator: value.comparator,
        date, status: status.status, preliminary: status.preliminary, loinc: cls.loinc, source,
      });
      ledger.use(item, "platelets");
    } else if (cls.kind === "weight" || cls.kind === "height") {
      const m: Measurement = { value: converted, unit: cls.kind === "weight" ? "kg" : "cm", originalValue: value.value, originalUnit: value.originalUnit, date, source };
      (cls.kind === "weight" ? facts.weights : facts.heights).push(m);
      ledger.use(item, cls.kind);
    } else {
      const unit = value.units[0];
      if (unit === undefined) {
        ledger.exclude(item, "unit-unrecognised", "liver test without a unit");
        continue;
      }
      facts.liverTests.push({ test: cls.kind, value: value.value, unit, upperLimit: upperLimit(r, value.units), date, source });
      ledger.use(item, "liver-test");
    }
  }
  return facts;
}
