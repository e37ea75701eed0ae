import { describe, expect, it } from "vitest";
import { buildState } from "./build-state.ts";
import { buildModel, episode, itp, platelets, procedure, type ModelParts } from "./test-support.ts";
import type { MedicationExposure } from "../model/patient-model.ts";

const AS_OF = "2026-11-20";
const therapy = (parts: ModelParts, overrides = { therapyOutcomes: {}, baselines: {} }) => buildState(buildModel({ conditions: [itp("2020-01-01")], ...parts }), AS_OF, overrides).therapies;

function administration(source: string, date: string): MedicationExposure {
  return { agent: "romiplostim", class: "tpo-ra", kind: "administration", status: "completed", start: date, end: date, dose: null, route: null, frequency: null, matchedBy: "text", matchedOn: "text: Nplate", formulation: null, stoppedForIntolerance: false, reasonIsItp: null, reasonText: null, source };
}

describe("therapies", () => {
  it.each([
    ["prednisone for 2 months -> corticosteroid dependence (failed)", "2026-07-01", "2026-09-01", true],
    ["prednisone for 2 months less a day -> not dependence", "2026-07-01", "2026-08-31", false],
  ] as const)("%s", (_n, start, end, failed) => {
    const t = therapy({ platelets: platelets(["2026-06-30", 10], ["2026-07-10", 120], ["2026-07-20", 130], ["2026-08-31", 110]), therapies: [episode("prednisone", start, { end })] });
    expect(t[0]?.therapy.failed).toBe(failed);
  });

  it.each([
    ["last weekly administration 28 days ago -> current", "2026-10-23", true],
    ["last weekly administration 29 days ago -> ended", "2026-10-22", false],
  ] as const)("%s", (_n, last, ongoing) => {
    const t = episode("romiplostim", "2026-09-01", { end: last, ongoing: false, doses: [["2026-09-01", 70, "ug"], [last, 70, "ug"]] });
    const exposures = t.sources.map((s, i) => administration(s, i === 0 ? "2026-09-01" : last));
    expect(therapy({ therapies: [t], exposures })[0]?.therapy.ongoing).toBe(ongoing);
  });

  it("the clinician's outcome overrides the computed one", () => {
    const t = therapy({ therapies: [episode("rituximab", "2026-01-01", { end: "2026-01-22" })] }, { therapyOutcomes: { "rituximab:2026-01-01": "not-tolerated" }, baselines: {} });
    expect(t[0]?.therapy).toMatchObject({ failed: true, failureReason: "not tolerated (the clinician says so)" });
  });

  it("a clinician baseline turns not-evaluable into response", () => {
    const parts = { platelets: platelets(["2026-02-01", 40], ["2026-02-15", 45]), therapies: [episode("rituximab", "2026-01-01", { end: "2026-01-22" })] };
    expect(therapy(parts)[0]?.therapy.response).toBe("not-evaluable");
    expect(therapy(parts, { therapyOutcomes: {}, baselines: { "rituximab:2026-01-01": 15 } })[0]?.therapy.response).toBe("response");
  });
});

describe("repeated corticosteroid courses", () => {
  it.each([
    ["two courses of 30 days = 60 -> dependence", "2026-03-31", true],
    ["two courses of 30 + 29 days -> not", "2026-03-30", false],
  ] as const)("%s", (_n, end2, failed) => {
    const t = therapy({ platelets: platelets(["2025-12-31", 10], ["2026-01-10", 120], ["2026-01-20", 130]), therapies: [episode("prednisone", "2026-01-01", { end: "2026-01-31" }), episode("dexamethasone", "2026-03-01", { end: end2 })] });
    expect(t.map((x) => x.therapy.failed)).toEqual([failed, failed]);
  });

  it.each([
    ["second course starts 60 days after the first ended -> repeated (dependence)", "2026-04-01", true],
    ["second course starts 61 days after the first ended -> not repeated (two separate courses)", "2026-04-02", false],
  ] as const)("30-day courses: %s", (_n, start2, failed) => {
    const end2 = new Date(Date.parse(`${start2}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const t = therapy({ platelets: platelets(["2025-12-31", 10], ["2026-01-10", 120], ["2026-01-20", 130]), therapies: [episode("prednisone", "2026-01-01", { end: "2026-01-31" }), episode("prednisone", start2, { end: end2 })] });
    expect(t.map((x) => x.therapy.failed)).toEqual([failed, failed]);
  });
});

describe("splenectomy is judged until the next therapy began (ADR 0010 #8; notes section 1)", () => {
  // Splenectomy 2025-01-10 (baseline 15): counts stay < 30; romiplostim from 2025-06-01 brings them to >= 100.
  const counts = platelets(["2025-01-05", 15], ["2025-02-01", 18], ["2025-03-01", 20], ["2025-05-01", 16], ["2025-07-01", 120], ["2025-08-01", 140], ["2025-09-01", 150]);
  it.each([
    ["romiplostim from 2025-06-01: its counts are not the splenectomy's -> no response, failed", [episode("romiplostim", "2025-06-01", { doses: [["2025-06-01", 1, "ug/kg"]] })], "no-response", true],
    ["no later therapy: every count to the as-of date judges it -> complete response", [], "complete-response", false],
  ] as const)("%s", (_n, therapies, response, failed) => {
    const t = therapy({ platelets: counts, procedures: [procedure("splenectomy", "2025-01-10")], therapies: [...therapies] }).find((x) => x.episode.agent === "splenectomy");
    expect([t?.judgement.response, t?.judgement.failed]).toEqual([response, failed]);
  });
});

describe("therapies seen from the as-of date (ADR 0010 #2)", () => {
  it("a course that ends after the as-of date is ongoing at it, and later doses are not its current dose", () => {
    const t = episode("eltrombopag", "2026-08-01", { end: "2026-12-31", ongoing: false, doses: [["2026-08-01", 50, "mg"], ["2026-12-01", 75, "mg"]] });
    const a = therapy({ therapies: [t], platelets: platelets(["2026-11-18", 90]) })[0];
    expect([a?.therapy.ongoing, a?.therapy.end, a?.therapy.currentDose?.value]).toEqual([true, null, 50]);
  });
});

