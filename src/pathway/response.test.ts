import { describe, expect, it } from "vitest";
import { judgeCounts, judgeTherapy, baselineOf } from "./response.ts";
import { episode, platelet, platelets } from "./test-support.ts";

const AS_OF = "2026-11-20";

describe("IWG 2009 response on counts (judgeCounts)", () => {
  it.each([
    ["CR: two counts >= 100, 8 days apart", [["2026-01-02", 100], ["2026-01-10", 120]], 10, "complete-response"],
    ["not CR: two counts >= 100 only 7 days apart (needs > 7)", [["2026-01-02", 100], ["2026-01-09", 120]], 10, null],
    ["R: >= 30 and >= 2x baseline 15 on 2 occasions > 7 days apart", [["2026-01-02", 30], ["2026-01-10", 31]], 15, "response"],
    ["not R: 29 is below 30 even when >= 2x baseline 10", [["2026-01-02", 29], ["2026-01-10", 40]], 10, null],
    ["not R: 40 is below 2x baseline 25 (= 50)", [["2026-01-02", 40], ["2026-01-10", 45]], 25, null],
    ["R at exactly 2x baseline 25 (= 50)", [["2026-01-02", 50], ["2026-01-10", 50]], 25, "response"],
    ["no baseline: 30-99 cannot be R", [["2026-01-02", 60], ["2026-01-10", 70]], null, null],
  ] as const)("%s", (_name, rows, baseline, achieved) => {
    expect(judgeCounts(platelets(...rows), baseline).achieved).toBe(achieved);
  });

  it.each([
    ["loss: last two < 30, 2 days apart", [["2026-01-02", 120], ["2026-01-10", 130], ["2026-02-01", 20], ["2026-02-03", 25]], true],
    ["no loss: last two < 30 but only 1 day apart", [["2026-01-02", 120], ["2026-01-10", 130], ["2026-02-01", 20], ["2026-02-02", 25]], false],
    ["loss: three daily counts < 30 span 2 days", [["2026-01-02", 120], ["2026-01-10", 130], ["2026-02-01", 20], ["2026-02-02", 25], ["2026-02-03", 22]], true],
    ["no loss: one low count then recovery", [["2026-01-02", 120], ["2026-01-10", 130], ["2026-02-01", 20], ["2026-02-05", 90]], false],
  ] as const)("%s", (_name, rows, lost) => {
    expect(judgeCounts(platelets(...rows), 10).lost).toBe(lost);
  });
});

describe("baseline: last valid count on or before the start, within 30 days", () => {
  it.each([
    ["30 days before counts", "2026-01-01", 12],
    ["31 days before does not", "2025-12-31", null],
  ] as const)("%s", (_n, date, value) => {
    expect(baselineOf([platelet(date, 12)], "2026-01-31")?.value ?? null).toBe(value);
  });
});

describe("judgeTherapy (notes section 1)", () => {
  const base = { rescue: [], asOf: AS_OF, activeBleeding: false };

  it.each([
    ["prednisone day 13: window (14 days) not passed", "2026-11-07", "not-evaluable", false],
    ["prednisone day 14: window passed, all counts < 30 -> failed", "2026-11-06", "no-response", true],
  ] as const)("%s", (_n, start, response, failed) => {
    const t = episode("prednisone", start, { end: "2026-11-19" });
    const counts = platelets([start, 10], ["2026-11-08", 15], ["2026-11-19", 20]);
    const j = judgeTherapy({ ...base, episode: t, counts });
    expect([j.response, j.failed]).toEqual([response, failed]);
  });

  it("a window passed with no judged count is not-evaluable, never no-response", () => {
    const j = judgeTherapy({ ...base, episode: episode("rituximab", "2026-06-01", { end: "2026-06-22" }), counts: [] });
    expect([j.response, j.failed]).toEqual(["not-evaluable", false]);
  });

  it("without a baseline, counts of 30-99 on 2 occasions make R not-evaluable (not failed)", () => {
    const counts = platelets(["2026-07-01", 40], ["2026-07-15", 45]);
    const j = judgeTherapy({ ...base, episode: episode("rituximab", "2026-06-01", { end: "2026-06-22" }), counts });
    expect([j.response, j.failed]).toEqual(["not-evaluable", false]);
  });

  it("a clinician baseline makes R evaluable", () => {
    const counts = platelets(["2026-07-01", 40], ["2026-07-15", 45]);
    const j = judgeTherapy({ ...base, episode: episode("rituximab", "2026-06-01", { end: "2026-06-22" }), counts, baselineOverride: 15 });
    expect(j.response).toBe("response");
  });

  it("counts within 14 days after IVIG do not make a response to prednisone", () => {
    const counts = platelets(["2026-10-01", 10], ["2026-10-05", 150], ["2026-10-14", 160], ["2026-10-20", 20], ["2026-10-25", 15]);
    const rescue = [{ from: "2026-10-03", to: "2026-10-17", source: "MedicationAdministration/ivig" }];
    const j = judgeTherapy({ ...base, rescue, episode: episode("prednisone", "2026-10-01", { end: "2026-10-28" }), counts });
    expect(j.judged.map((c) => c.value)).toEqual([20, 15]);
    expect([j.response, j.failed]).toEqual(["no-response", true]);
  });

  it.each([
    ["27 days at max: not failed", 27, "not-evaluable", false],
    ["28 days at max: failed", 28, "no-response", true],
  ] as const)("romiplostim %s", (_n, days, response, failed) => {
    const counts = platelets(["2026-09-01", 10], ["2026-10-01", 12], ["2026-11-19", 15]);
    const j = judgeTherapy({ ...base, episode: episode("romiplostim", "2026-09-01"), counts, daysAtMax: days });
    expect([j.response, j.failed]).toEqual([response, failed]);
  });

  it("a TPO-RA responder on a low dose is a responder", () => {
    const counts = platelets(["2026-09-01", 10], ["2026-10-01", 60], ["2026-10-15", 80]);
    const j = judgeTherapy({ ...base, episode: episode("romiplostim", "2026-09-01"), counts, daysAtMax: 0 });
    expect([j.response, j.failed]).toEqual(["response", false]);
  });

  it("stopped for intolerance fails whatever the counts", () => {
    const j = judgeTherapy({ ...base, episode: episode("eltrombopag", "2026-09-01", { end: "2026-09-20", stoppedForIntolerance: true }), counts: [] });
    expect(j.failed).toBe(true);
    expect(j.failureReason).toMatch(/intolerance/);
  });

  it("IVIG is transient: never failed from counts", () => {
    const counts = platelets(["2026-09-02", 10], ["2026-09-20", 12]);
    const j = judgeTherapy({ ...base, episode: episode("immune-globulin", "2026-09-01", { end: "2026-09-02" }), counts });
    expect([j.response, j.failed]).toEqual(["not-evaluable", false]);
  });
});

describe("loss of response on an ongoing TPO-RA (notes section 1: failed only at the maximum dose)", () => {
  // Baseline 10; R reached (60, 80 more than 7 days apart), then lost (20, 15 more than 1 day apart).
  const counts = platelets(["2026-06-01", 10], ["2026-07-01", 60], ["2026-07-15", 80], ["2026-11-10", 20], ["2026-11-19", 15]);
  const input = { counts, rescue: [], asOf: "2026-11-20", activeBleeding: false, episode: episode("romiplostim", "2026-06-01") };
  it.each([
    ["8 weeks at 10 ug/kg earlier, now below the maximum: not failed (the table increases)", 56, 0, false],
    ["now at the maximum for 27 days: not failed yet", 56, 27, false],
    ["now at the maximum for 28 days: failed", 56, 28, true],
    ["current level unknown: not failed", 56, null, false],
  ] as const)("%s", (_n, longest, now, failed) => {
    const j = judgeTherapy({ ...input, daysAtMax: longest, daysAtMaxNow: now });
    expect(j.response).toBe("no-response");
    expect(j.failed).toBe(failed);
  });

  it("a TPO-RA that never responded keeps failing on an earlier 4 weeks at the maximum (then tapered)", () => {
    const low = platelets(["2026-06-01", 10], ["2026-07-01", 12], ["2026-11-19", 15]);
    const j = judgeTherapy({ ...input, counts: low, daysAtMax: 56, daysAtMaxNow: 0 });
    expect([j.response, j.failed]).toEqual(["no-response", true]);
  });
});

describe("baseline (notes section 1): a count raised by rescue therapy is not a baseline", () => {
  it.each([
    ["IVIG 2026-08-20 to 2026-08-21: the 150 on 2026-08-30 is rescue-affected, baseline is the 12 before it", [{ from: "2026-08-20", to: "2026-09-04", source: "MedicationAdministration/ivig" }], 12],
    ["no rescue: the last count before the start (150) is the baseline", [], 150],
  ] as const)("%s", (_n, rescue, baseline) => {
    const counts = platelets(["2026-08-15", 12], ["2026-08-30", 150], ["2026-09-20", 40], ["2026-10-01", 45]);
    const j = judgeTherapy({ episode: episode("romiplostim", "2026-09-01"), counts, rescue, asOf: "2026-11-20", activeBleeding: false, daysAtMax: 0 });
    expect(j.baseline?.value).toBe(baseline);
  });
});

