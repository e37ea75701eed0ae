import { describe, expect, test } from "vitest";
import type { ConditionFact, ProcedureFact, TherapyEpisode } from "../../model/patient-model.ts";
import { barTitle, chartEvents, doseText, earliestTime, keyDoseIndex, lanesInWindow, thinLabels, treatmentLanes, type LaneBar } from "./lanes.ts";
import { parseDate, type EpochMs } from "./geometry.ts";

const day = (d: string): number => parseDate(d) as number;

function ep(agent: string, start: string | null, end: string | null, doses: [string, number, string][] = []): TherapyEpisode {
  return {
    id: `${agent}:${start}`, agent, class: "tpo-ra", start, end, ongoing: end === null, formulation: null,
    doses: doses.map(([date, value, unit]) => ({ date, value, unit, source: `MedicationAdministration/${date}` })),
    stoppedForIntolerance: false, reasonIsItp: true, reasonText: null, rescue: false, sources: [],
  };
}

describe("treatmentLanes", () => {
  const { lanes, undated } = treatmentLanes(
    [
      ep("eltrombopag", "2024-01-01", "2024-06-01", [["2024-01-01", 50, "mg"], ["2024-02-01", 50, "mg"], ["2024-03-01", 75, "mg"]]),
      ep("romiplostim", "2021-01-01", "2022-01-01"),
      ep("romiplostim", "2025-01-01", null),
      ep("rituximab", null, null),
    ],
    "2026-11-20",
  );
  test("one lane per agent, ordered by first start", () => {
    expect(lanes.map((l) => l.agent)).toEqual(["romiplostim", "eltrombopag"]);
    expect(lanes[0]?.bars.length).toBe(2);
  });
  test.each<[string, number, number, string, string]>([
    ["ended episode", 0, 0, "2021-01-01", "2022-01-01"],
    ["ongoing episode runs to asOf", 0, 1, "2025-01-01", "2026-11-20"],
  ])("%s", (_n, lane, bar, start, end) => {
    const b = lanes[lane]?.bars[bar];
    expect([b?.start, b?.end]).toEqual([day(start), day(end)]);
  });
  test("dose labels only where the dose changes", () => {
    expect(lanes[1]?.bars[0]?.doses.map((d) => d.label)).toEqual(["50 mg", "75 mg"]);
  });
  test("bar titles name dates and doses", () => {
    expect(barTitle("eltrombopag", lanes[1]?.bars[0] as LaneBar)).toBe("eltrombopag: 2024-01-01 – 2024-06-01; doses 50 mg from 2024-01-01, 75 mg from 2024-03-01");
    expect(barTitle("romiplostim", lanes[0]?.bars[1] as LaneBar)).toBe("romiplostim: 2025-01-01 – ongoing");
  });
  test("undated episodes are set apart, not placed", () => {
    expect(undated.map((e) => e.agent)).toEqual(["rituximab"]);
  });
});

describe("doseText / thinLabels", () => {
  test.each<[number, string, string]>([[10, "ug/kg", "10 ug/kg"], [12.5, "mg", "12.5 mg"], [0.1 + 0.2, "mg", "0.3 mg"]])("%d %s", (v, u, s) => {
    expect(doseText(v, u)).toBe(s);
  });
  test("labels closer than the gap are dropped", () => {
    const labels = [0, 5, 30, 31, 100].map((t) => ({ t: t as EpochMs, label: String(t), ref: "x" }));
    expect(thinLabels(labels, (t) => t, 20).map((l) => l.label)).toEqual(["0", "30", "100"]);
  });
  test.each<[number[], string[]]>([
    [[0, 30, 40], ["0", "40"]],
    [[0, 10], ["10"]],
    [[5], ["5"]],
    [[], []],
  ])("the latest dose (the one in force) is always kept: %j", (ts, kept) => {
    const labels = ts.map((t) => ({ t: t as EpochMs, label: String(t), ref: "x" }));
    expect(thinLabels(labels, (t) => t, 20).map((l) => l.label)).toEqual(kept);
  });
  test("a kept label in the middle drops its close neighbours on both sides", () => {
    const labels = [0, 10, 25, 30, 60].map((t) => ({ t: t as EpochMs, label: String(t), ref: "x" }));
    expect(thinLabels(labels, (t) => t, 20, 2).map((l) => l.label)).toEqual(["0", "25", "60"]);
  });
  test.each<[number[], boolean, number]>([
    [[66, 660, 198], false, 1],
    [[66, 660, 198], true, 2],
    [[50, 75], false, 1],
    [[], false, -1],
  ])("keyDoseIndex(%j, ongoing %s) = %i", (values, ongoing, index) => {
    const labels = values.map((v, i) => ({ t: i as EpochMs, label: String(v), ref: "x", value: v }));
    expect(keyDoseIndex(labels, ongoing)).toBe(index);
  });
});

describe("chartEvents", () => {
  const proc = (kind: ProcedureFact["kind"], date: string | null): ProcedureFact => ({ kind, date, code: null, display: kind, matchedBy: "text", source: `Procedure/${kind}` });
  const cond = (kind: ConditionFact["kind"], onset: string | null, recorded: string | null): ConditionFact => ({
    kind, secondaryCause: null, code: null, system: null, display: "GI bleed", matchedBy: "text", onset, recorded, abatement: null, clinicalStatus: "active", source: `Condition/${kind}`,
  });
  test("procedures and bleeding in time order; undated and non-bleeding skipped", () => {
    const events = chartEvents([proc("hsct", "2023-01-01"), proc("splenectomy", "2019-05-14"), proc("splenectomy", null)], [
      cond("bleeding", null, "2024-03-02"), cond("itp", "2017-01-01", null),
    ]);
    expect(events.map((e) => [e.kind, new Date(e.t).toISOString().slice(0, 10)])).toEqual([
      ["splenectomy", "2019-05-14"], ["hsct", "2023-01-01"], ["bleeding", "2024-03-02"],
    ]);
    expect(earliestTime([day("2020-01-01")], [], events)).toBe(day("2019-05-14"));
    expect(earliestTime([], [], [])).toBeUndefined();
  });
});

describe("lanesInWindow", () => {
  const { lanes } = treatmentLanes([
    ep("prednisone", "2017-01-12", "2017-04-01"), ep("romiplostim", "2020-03-01", "2025-11-25"), ep("fostamatinib", "2026-01-10", null),
  ], "2026-11-20");
  test.each<[string, string, string[], [string, number][]]>([
    ["last year: an episode ending inside it counts", "2025-11-20", ["prednisone"], [["romiplostim", 1], ["fostamatinib", 2]]],
    ["last 3 months: only the ongoing one", "2026-08-20", ["prednisone", "romiplostim"], [["fostamatinib", 2]]],
    ["everything", "2017-01-01", [], [["prednisone", 0], ["romiplostim", 1], ["fostamatinib", 2]]],
  ])("%s", (_name, from, outside, inView) => {
    const r = lanesInWindow(lanes, [day(from), day("2026-11-21")]);
    expect(r.outside).toEqual(outside);
    expect(r.inView.map((l) => [l.lane.agent, l.index])).toEqual(inView);
  });
});
