import { describe, expect, it } from "vitest";
import { COURSE_GAP_DAYS, buildEpisodes } from "./episodes.ts";
import type { MedicationExposure } from "./patient-model.ts";

let n = 0;
function exp(agent: string, kind: MedicationExposure["kind"], status: string, start: string | null, end: string | null = null, extra: Partial<MedicationExposure> = {}): MedicationExposure {
  n += 1;
  return {
    agent, class: agent === "immune-globulin" ? "ivig" : "tpo-ra", kind, status, start, end, route: null, frequency: null,
    dose: start === null ? null : { date: start, value: n, unit: "ug", source: `X/${n}` }, matchedBy: "text", matchedOn: `text: ${agent}`,
    formulation: null, stoppedForIntolerance: false, reasonIsItp: null, reasonText: null, source: `X/${n}`, ...extra,
  };
}
const weekly = (from: string, count: number, step = 7): MedicationExposure[] =>
  Array.from({ length: count }, (_, i) => exp("romiplostim", "administration", "completed", new Date(Date.parse(from) + i * step * 86_400_000).toISOString().slice(0, 10)));

describe("therapy episodes (a new course after more than 4 weeks without a dose)", () => {
  it("the gap is 28 days", () => {
    expect(COURSE_GAP_DAYS).toBe(28);
  });

  it("weekly administrations form one episode; start = first dose, end = last dose (no interval added)", () => {
    const [e, ...rest] = buildEpisodes(weekly("2026-01-01", 6));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ id: "romiplostim:2026-01-01", start: "2026-01-01", end: "2026-02-05", ongoing: false, rescue: false });
    expect(e?.doses).toHaveLength(6);
  });

  it.each([[28, 1], [29, 2]])("a gap of %d days between doses gives %d episode(s)", (gap, count) => {
    expect(buildEpisodes(weekly("2026-01-01", 2, gap))).toHaveLength(count);
  });

  it("overlapping requests merge; ongoing from an active status makes end null", () => {
    const eps = buildEpisodes([
      exp("eltrombopag", "request", "completed", "2026-01-01", "2026-03-01"),
      exp("eltrombopag", "request", "active", "2026-02-15", null),
    ]);
    expect(eps).toHaveLength(1);
    expect(eps[0]).toMatchObject({ start: "2026-01-01", end: null, ongoing: true });
  });

  it.each([["active"], ["on-hold"], ["in-progress"]])("status %s is ongoing", (status) => {
    expect(buildEpisodes([exp("eltrombopag", "request", status, "2026-01-01")])[0]?.ongoing).toBe(true);
  });

  it("a stopped request with no stated end has an unknown end (null), not its start", () => {
    expect(buildEpisodes([exp("eltrombopag", "request", "stopped", "2026-01-01")])[0]).toMatchObject({ end: null, ongoing: false });
  });

  it("undated exposures form one undated episode per agent", () => {
    const eps = buildEpisodes([exp("romiplostim", "statement", "active", null), exp("romiplostim", "administration", "completed", "2026-01-01")]);
    expect(eps.map((e) => e.id)).toEqual(["romiplostim:2026-01-01", "romiplostim:unknown"]);
  });

  it("agents are kept apart; IVIG-only episodes are rescue", () => {
    const eps = buildEpisodes([exp("immune-globulin", "administration", "completed", "2026-01-01"), exp("romiplostim", "administration", "completed", "2026-01-01")]);
    expect(eps.map((e) => [e.agent, e.rescue])).toEqual([["immune-globulin", true], ["romiplostim", false]]);
  });

  it("reason, intolerance and formulation roll up", () => {
    const eps = buildEpisodes([
      exp("eltrombopag", "request", "completed", "2026-01-01", "2026-01-20", { reasonIsItp: null, formulation: "promacta" }),
      exp("eltrombopag", "request", "stopped", "2026-01-21", "2026-02-01", { reasonIsItp: true, stoppedForIntolerance: true, reasonText: "ITP", formulation: "alvaiz" }),
    ]);
    expect(eps[0]).toMatchObject({ reasonIsItp: true, stoppedForIntolerance: true, reasonText: "ITP", formulation: "alvaiz", end: "2026-02-01" });
  });
});
