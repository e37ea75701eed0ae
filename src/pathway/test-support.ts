/**
 * Builders of valid PatientModel objects for the pathway's tests (fixed values, no randomness).
 * Every builder returns a schema-valid object; `buildModel` parses the result with PatientModelSchema.
 */
import type { TherapyClass } from "../contract/evaluation.ts";
import {
  PatientModelSchema,
  type ConditionFact,
  type DoseRecord,
  type LiverTest,
  type Measurement,
  type PatientModel,
  type PlateletCount,
  type ProcedureFact,
  type TherapyEpisode,
} from "../model/patient-model.ts";

let seq = 0;
function ref(type: string): string {
  seq += 1;
  return `${type}/t${seq}`;
}

export function platelet(date: string, value: number, extra: Partial<PlateletCount> = {}): PlateletCount {
  return {
    value,
    unit: "10*9/L",
    originalValue: value,
    originalUnit: "10*9/L",
    comparator: null,
    date,
    status: "final",
    preliminary: false,
    loinc: "777-3",
    source: ref("Observation"),
    ...extra,
  };
}

/** Counts from [date, value] pairs. */
export function platelets(...rows: readonly (readonly [string, number])[]): PlateletCount[] {
  return rows.map(([d, v]) => platelet(d, v));
}

export function weight(date: string, kg: number, source?: string): Measurement {
  return { value: kg, unit: "kg", originalValue: kg, originalUnit: "kg", date, source: source ?? ref("Observation") };
}

export function height(date: string, cm: number): Measurement {
  return { value: cm, unit: "cm", originalValue: cm, originalUnit: "cm", date, source: ref("Observation") };
}

export function alt(date: string, value: number, upperLimit: number | null): LiverTest {
  return { test: "alt", value, unit: "U/L", upperLimit, date, source: ref("Observation") };
}

export function condition(kind: ConditionFact["kind"], onset: string | null, extra: Partial<ConditionFact> = {}): ConditionFact {
  return {
    kind,
    secondaryCause: null,
    code: kind === "itp" ? "D69.3" : null,
    system: null,
    display: kind,
    matchedBy: "icd-10-cm",
    onset,
    recorded: null,
    abatement: null,
    clinicalStatus: "active",
    source: ref("Condition"),
    ...extra,
  };
}

export function itp(onset: string): ConditionFact {
  return condition("itp", onset, { display: "Immune thrombocytopenic purpura" });
}

export function procedure(kind: ProcedureFact["kind"], date: string | null): ProcedureFact {
  return { kind, date, code: null, display: kind, matchedBy: "snomed", source: ref("Procedure") };
}

/** A dose row: [date, value, unit]. */
export type DoseRow = readonly [string, number, string];

export interface EpisodeOptions {
  readonly end?: string | null;
  readonly ongoing?: boolean;
  readonly doses?: readonly DoseRow[];
  readonly formulation?: string | null;
  readonly stoppedForIntolerance?: boolean;
  readonly reasonIsItp?: boolean | null;
  readonly rescue?: boolean;
}

const CLASS_OF: Record<string, TherapyClass> = {
  romiplostim: "tpo-ra",
  eltrombopag: "tpo-ra",
  avatrombopag: "tpo-ra",
  rituximab: "anti-cd20",
  fostamatinib: "syk-inhibitor",
  rilzabrutinib: "btk-inhibitor",
  prednisone: "corticosteroid",
  dexamethasone: "corticosteroid",
  "immune-globulin": "ivig",
  "rho-d-immune-globulin": "ivig",
  azathioprine: "immunosuppressant",
  mycophenolate: "immunosuppressant",
  colchicine: "not-recommended",
  "ascorbic-acid": "not-recommended",
};

export function episode(agent: string, start: string, opts: EpisodeOptions = {}): TherapyEpisode {
  const doses: DoseRecord[] = (opts.doses ?? []).map(([date, value, unit]) => ({ date, value, unit, source: ref("MedicationAdministration") }));
  const cls = CLASS_OF[agent] ?? "other";
  return {
    id: `${agent}:${start}`,
    agent,
    class: cls,
    start,
    end: opts.end ?? null,
    ongoing: opts.ongoing ?? opts.end == null,
    doses,
    formulation: opts.formulation ?? null,
    stoppedForIntolerance: opts.stoppedForIntolerance ?? false,
    reasonIsItp: opts.reasonIsItp === undefined ? true : opts.reasonIsItp,
    reasonText: null,
    rescue: opts.rescue ?? cls === "ivig",
    sources: [ref("MedicationRequest"), ...doses.map((d) => d.source)],
  };
}

/** Weekly doses from `start`, `n` of them, all `value unit`. */
export function weekly(start: string, n: number, value: number, unit: string): DoseRow[] {
  const out: DoseRow[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.parse(`${start}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10);
    out.push([d, value, unit]);
  }
  return out;
}

export type ModelParts = Partial<Omit<PatientModel, "patient">> & { patient?: Partial<PatientModel["patient"]> };

/** A valid PatientModel: a 54-year-old woman, no race recorded, plus the given parts. */
export function buildModel(parts: ModelParts = {}): PatientModel {
  const { patient, ...rest } = parts;
  const model: PatientModel = {
    patient: {
      id: "p1",
      ref: "Patient/p1",
      name: null,
      birthDate: "1972-05-01",
      sex: "female",
      race: { omb: [], detailed: [], text: null },
      eastAsianAncestry: "unknown",
      ...patient,
    },
    platelets: [],
    weights: [],
    heights: [],
    liverTests: [],
    exposures: [],
    therapies: [],
    conditions: [],
    procedures: [],
    ledger: { read: 0, used: [], excluded: [] },
    unavailable: [],
    ...rest,
  };
  return PatientModelSchema.parse(model);
}

/**
 * A multirefractory story (Mahévas 2016 set all failed: splenectomy, rituximab, romiplostim, eltrombopag), chronic
 * ITP since 2015 with a past bleed; shared by the evaluate and data-gap tests.
 */
export function multirefractoryParts(): ModelParts {
  return {
    conditions: [itp("2015-01-01"), condition("bleeding", "2024-03-01")],
    platelets: platelets(["2016-01-01", 10], ["2016-03-01", 12], ["2017-01-01", 9], ["2017-02-01", 14], ["2026-11-10", 12], ["2026-11-17", 11]),
    procedures: [procedure("splenectomy", "2016-01-10")],
    therapies: [
      episode("rituximab", "2017-01-02", { end: "2017-01-23" }),
      episode("romiplostim", "2018-01-01", { end: "2019-01-01", stoppedForIntolerance: true }),
      episode("eltrombopag", "2019-02-01", { end: "2019-06-01", stoppedForIntolerance: true }),
    ],
  };
}
