/**
 * Typed, named fixtures for the UI tests: a multirefractory-like patient (about 50 counts over ten years),
 * its evaluation, and a generator of a 10,000-count model for the render smoke test and the benchmark.
 * Fixed values, no randomness (architecture habit 9). Clinical wording follows shared/clinical/refractory-itp.md.
 */
import type { Evaluation, Order } from "../contract/evaluation.ts";
import type { PatientModel, PlateletCount, TherapyEpisode } from "../model/patient-model.ts";
import { NO_OVERRIDES, type Overrides } from "../model/overrides.ts";
import type { LoadState } from "../app/load-state.ts";

export const AS_OF = "2026-11-20";
const PID = "itp-multirefractory";

/** A deterministic count sequence (10*9/L) for index i of n: low and wavy, ending at 8. */
function countAt(i: number): number {
  return Math.max(2, Math.round(18 + 14 * Math.sin(i / 3) + (i % 7) - 3));
}

function platelet(i: number, date: string, value: number, extra: Partial<PlateletCount> = {}): PlateletCount {
  return {
    value, unit: "10*9/L", originalValue: value, originalUnit: "10*9/L", comparator: null, date,
    status: "final", preliminary: false, loinc: "777-3", source: `Observation/plt-${String(i).padStart(3, "0")}`, ...extra,
  };
}

/** 50 counts, 2017-01 to 2026-11-10: every ~74 days, with a preliminary, a comparator and a K/uL original. */
export function multirefractoryPlatelets(): PlateletCount[] {
  const out: PlateletCount[] = [];
  const start = Date.UTC(2017, 0, 10);
  for (let i = 0; i < 49; i++) {
    const date = new Date(start + i * 74 * 86_400_000).toISOString();
    out.push(platelet(i, date, countAt(i)));
  }
  out[10] = platelet(10, (out[10] as PlateletCount).date, 5, { comparator: "<", originalValue: "<5" });
  out[20] = platelet(20, (out[20] as PlateletCount).date, 45, { originalValue: 45000, originalUnit: "/uL" });
  out[47] = platelet(47, (out[47] as PlateletCount).date, 14, { preliminary: true, status: "preliminary" });
  out.push(platelet(49, "2026-11-10T08:00:00Z", 8));
  return out;
}

function episode(agent: string, cls: TherapyEpisode["class"], start: string, end: string | null, doses: [string, number, string][]): TherapyEpisode {
  return {
    id: `${agent}:${start}`, agent, class: cls, start, end, ongoing: end === null, formulation: null,
    doses: doses.map(([date, value, unit], k) => ({ date, value, unit, source: `MedicationAdministration/${agent}-${k}` })),
    stoppedForIntolerance: false, reasonIsItp: true, reasonText: "ITP", rescue: cls === "ivig", sources: [`MedicationRequest/${agent}`],
  };
}

export const MULTIREFRACTORY_THERAPIES: TherapyEpisode[] = [
  episode("prednisone", "corticosteroid", "2017-01-12", "2017-04-01", [["2017-01-12", 70, "mg"]]),
  episode("rituximab", "anti-cd20", "2018-02-01", "2018-02-22", [["2018-02-01", 375, "mg/m2"]]),
  episode("romiplostim", "tpo-ra", "2020-03-01", "2022-06-01", [["2020-03-01", 1, "ug/kg"], ["2020-06-01", 5, "ug/kg"], ["2021-01-01", 10, "ug/kg"]]),
  episode("eltrombopag", "tpo-ra", "2022-07-01", "2024-05-01", [["2022-07-01", 50, "mg"], ["2022-09-01", 75, "mg"]]),
  episode("fostamatinib", "syk-inhibitor", "2025-01-10", null, [["2025-01-10", 100, "mg"]]),
];

export function multirefractoryModel(platelets: PlateletCount[] = multirefractoryPlatelets()): PatientModel {
  return {
    patient: {
      id: PID, ref: `Patient/${PID}`, name: "Maria Example", birthDate: "1968-05-02", sex: "female",
      race: { omb: ["2106-3"], detailed: [], text: "White" }, eastAsianAncestry: "no",
    },
    platelets,
    weights: [{ value: 72.4, unit: "kg", originalValue: 72.4, originalUnit: "kg", date: "2026-10-03", source: "Observation/wt-1" }],
    heights: [{ value: 165, unit: "cm", originalValue: 165, originalUnit: "cm", date: "2026-10-03", source: "Observation/ht-1" }],
    liverTests: [],
    exposures: [],
    therapies: MULTIREFRACTORY_THERAPIES,
    conditions: [{
      kind: "bleeding", secondaryCause: null, code: "12063002", system: "http://snomed.info/sct", display: "Epistaxis",
      matchedBy: "snomed", onset: "2024-03-02", recorded: "2024-03-02", abatement: "2024-03-05", clinicalStatus: "resolved", source: "Condition/bleed-1",
    }],
    procedures: [{ kind: "splenectomy", date: "2019-05-14", code: "234319005", display: "Splenectomy", matchedBy: "snomed", source: "Procedure/splenectomy" }],
    ledger: {
      read: platelets.length + 12,
      used: [...platelets.map((p) => ({ ref: p.source, usedFor: "platelets" })), { ref: "Observation/wt-1", usedFor: "weight" }],
      excluded: [
        { ref: "Observation/plt-err", reason: "entered-in-error" },
        { ref: "Observation/plt-unit", reason: "unit-unrecognised", detail: "unit 'cells' not recognised" },
        { ref: "Observation/hb-1", reason: "not-relevant" },
      ],
    },
    unavailable: [],
  };
}

export const ROMIPLOSTIM_START: Order = {
  agent: "romiplostim", action: "start", dose: { value: 72, unit: "ug" }, dosePerKg: { value: 1, unit: "ug/kg" },
  doseArithmetic: "1 ug/kg × 72.4 kg (2026-10-03) = 72 ug",
  weightUsed: { value: 72.4, unit: "kg", date: "2026-10-03", source: "Observation/wt-1" },
  route: "subcutaneous", frequency: "weekly",
};

export const ELTROMBOPAG_HOLD: Order = {
  agent: "eltrombopag", action: "hold", dose: { value: 50, unit: "mg" }, route: "oral", frequency: "once daily", resumeBelow: 150,
};

const EVIDENCE_MAHEVAS = { citation: "Mahévas M et al. Blood 2016;128(12):1625-1630", url: "https://doi.org/10.1182/blood-2016-03-704734" };

export function multirefractoryEvaluation(): Evaluation {
  return {
    schemaVersion: 1,
    asOf: AS_OF,
    patient: { id: PID, ageYears: 58, sex: "female" },
    assessment: {
      pathwayApplies: true, diagnosis: "primary-itp", diagnosisDate: "2017-01-10", phase: "chronic", refractoryStatus: "multirefractory",
      latestPlatelet: { value: 8, unit: "10*9/L", date: "2026-11-10T08:00:00Z", source: "Observation/plt-049" },
      activeBleeding: false, secondaryCauses: [],
      therapies: MULTIREFRACTORY_THERAPIES.map((e) => ({
        id: e.id, agent: e.agent, class: e.class, start: e.start, end: e.end, ongoing: e.ongoing,
        response: "no-response", failed: e.agent !== "fostamatinib", sources: e.sources,
      })),
      prognosis: "Multirefractory ITP: 40% have at least one bacterial infection, 24% a thrombosis, 8% die of ITP (Mahévas 2016).",
    },
    recommendations: [
      {
        code: "reevaluate-diagnosis", title: "Re-evaluate the diagnosis", summary: "Multirefractory: secondary ITP and MGUS are more frequent.",
        rationale: "Multirefractory patients more often have secondary ITP (odds ratio 4.84) or MGUS (odds ratio 5.94).",
        evidence: [EVIDENCE_MAHEVAS], dataUsed: ["Observation/plt-049", "Procedure/splenectomy"], orders: [],
      },
      {
        code: "combination-immunosuppressant-tpo-ra", title: "Add an immunosuppressant to a TPO-RA", summary: "Preferred after TPO-RA failure: 7 of 10 responded.",
        rationale: "Both TPO-RAs failed; 7 of 10 multirefractory patients responded to the combination, median duration 15 months.",
        evidence: [EVIDENCE_MAHEVAS, { citation: "Seed clinical summary 2025-2026" }], dataUsed: ["Observation/plt-049", "Observation/wt-1"],
        orders: [ROMIPLOSTIM_START],
        benefitHarm: { response: "7 of 10 (70%)", timeToResponse: "—", durability: "median 15 months", commonAdverse: "—", seriousAdverse: "—" },
      },
      {
        code: "hsct", title: "Haematopoietic stem cell transplantation (last resort)", summary: "Only if unresponsive to all other modalities.",
        rationale: "Last resort for severe chronic refractory ITP with bleeding complications.", evidence: [{ citation: "Seed clinical summary 2025-2026" }],
        dataUsed: [], orders: [],
      },
    ],
    notRecommended: [{ agent: "colchicine", reason: "No efficacy or excessive toxicity (Seed)." }],
    monitoring: [{ code: "platelet-count-weekly", text: "Platelet count weekly while the TPO-RA dose is adjusted." }],
    warnings: [{ code: "critical-platelet-count", text: "Latest count 8 ×10⁹/L is below 20 ×10⁹/L.", refs: ["Observation/plt-049"] }],
    pitfalls: ["Do not try to normalise the count: target the lowest dose that keeps ≥ 50 ×10⁹/L.", "Never stop a TPO-RA abruptly: taper."],
    dataQuality: {
      read: 62, used: 51,
      excluded: [
        { ref: "Observation/plt-err", reason: "entered-in-error" },
        { ref: "Observation/plt-unit", reason: "unit-unrecognised", detail: "unit 'cells' not recognised" },
        { ref: "Observation/hb-1", reason: "not-relevant" },
      ],
      unavailable: [],
    },
  };
}

export const QUERIES = [
  { url: `Patient/${PID}`, status: 200, resources: 1, ms: 40 },
  { url: `Observation?patient=${PID}&code=777-3`, status: 200, resources: 52, ms: 120 },
  { url: `MedicationAdministration?patient=${PID}`, status: 403, resources: 0, ms: 30 },
];

export function readyState(over: { model?: PatientModel; evaluation?: Evaluation; overrides?: Overrides } = {}): LoadState {
  return {
    status: "ready", model: over.model ?? multirefractoryModel(), evaluation: over.evaluation ?? multirefractoryEvaluation(),
    queries: QUERIES, asOf: AS_OF, overrides: over.overrides ?? NO_OVERRIDES,
  };
}

/** n counts, one every 9 hours back from the as-of date, values wandering over 1-900 (for 10,000-point tests). */
export function manyPlatelets(n: number): PlateletCount[] {
  const end = Date.UTC(2026, 10, 19);
  const out: PlateletCount[] = [];
  for (let i = 0; i < n; i++) {
    const t = end - (n - i) * 9 * 3_600_000;
    const v = Math.round(450 + 440 * Math.sin(i / 50) * Math.cos(i / 333));
    out.push(platelet(i, new Date(t).toISOString(), Math.max(1, v)));
  }
  return out;
}
