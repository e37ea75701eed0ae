/**
 * Treatment lanes and event markers under the trend: one lane per agent, one bar per episode
 * (start -> end, or -> as-of when ongoing), dose labels at each dose change; procedures and
 * bleeding as point events. Pure; times in epoch ms.
 */
import type { ConditionFact, ProcedureFact, TherapyEpisode } from "../../model/patient-model.ts";
import { parseDate, type EpochMs } from "./geometry.ts";

export interface DoseLabel {
  readonly t: EpochMs;
  readonly label: string;
  readonly ref: string;
  /** The dose value, to find the highest dose of a finished course. */
  readonly value?: number;
}
export interface LaneBar {
  readonly id: string;
  readonly start: EpochMs;
  readonly end: EpochMs;
  readonly ongoing: boolean;
  readonly doses: readonly DoseLabel[];
  readonly sources: readonly string[];
}
export interface Lane {
  readonly agent: string;
  readonly bars: readonly LaneBar[];
}
export type ChartEventKind = "splenectomy" | "hsct" | "platelet-transfusion" | "bleeding";
export interface ChartEvent {
  readonly kind: ChartEventKind;
  readonly t: EpochMs;
  readonly label: string;
  readonly ref: string;
}

/** "10 ug/kg"; a value without trailing zeros. */
export function doseText(value: number, unit: string): string {
  return `${Number(value.toFixed(3))} ${unit}`;
}

/**
 * Builds one lane per agent, lanes ordered by their first start; episodes without a start date are returned apart.
 * @param asOf - YYYY-MM-DD; ongoing bars and bars with no end run to it
 */
export function treatmentLanes(episodes: readonly TherapyEpisode[], asOf: string): { lanes: Lane[]; undated: TherapyEpisode[] } {
  const asOfMs = parseDate(asOf.slice(0, 10));
  const byAgent = new Map<string, LaneBar[]>();
  const undated: TherapyEpisode[] = [];
  for (const e of episodes) {
    const start = e.start === null ? undefined : parseDate(e.start);
    if (start === undefined || asOfMs === undefined) {
      undated.push(e);
      continue;
    }
    const endParsed = e.end === null ? undefined : parseDate(e.end);
    const end = e.ongoing || endParsed === undefined ? asOfMs : endParsed;
    const doses: DoseLabel[] = [];
    let previous = "";
    for (const d of e.doses) {
      const t = parseDate(d.date);
      const label = doseText(d.value, d.unit);
      if (t !== undefined && label !== previous) {
        doses.push({ t, label, ref: d.source, value: d.value });
        previous = label;
      }
    }
    const bars = byAgent.get(e.agent) ?? [];
    bars.push({ id: e.id, start, end: Math.max(end, start) as EpochMs, ongoing: e.ongoing, doses, sources: e.sources });
    byAgent.set(e.agent, bars);
  }
  const lanes = [...byAgent.entries()].map(([agent, bars]) => ({ agent, bars: bars.sort((a, b) => a.start - b.start) }));
  lanes.sort((a, b) => (a.bars[0]?.start ?? 0) - (b.bars[0]?.start ?? 0));
  return { lanes, undated };
}

const day = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** A bar in words (its SVG title): "romiplostim: 2020-03-01 – 2022-06-01; doses 1 ug/kg from 2020-03-01, ...". */
export function barTitle(agent: string, bar: LaneBar): string {
  const end = bar.ongoing ? "ongoing" : day(bar.end);
  const doses = bar.doses.map((d) => `${d.label} from ${day(d.t)}`).join(", ");
  return `${agent}: ${day(bar.start)} – ${end}${doses === "" ? "" : `; doses ${doses}`}`;
}

/**
 * Dose labels closer than `minGapPx` to a kept neighbour are dropped (the tooltip/table still has them).
 * The label at `keep` is always kept (by default the latest: the dose in force, the one a clinician looks for).
 */
export function thinLabels(labels: readonly DoseLabel[], toPx: (t: number) => number, minGapPx: number, keep = labels.length - 1): DoseLabel[] {
  const kept = labels[keep];
  if (kept === undefined) {
    return [];
  }
  const keptX = toPx(kept.t);
  const out: DoseLabel[] = [];
  let prevX = Number.NEGATIVE_INFINITY;
  labels.forEach((l, i) => {
    const x = toPx(l.t);
    if (i === keep) {
      out.push(l);
      prevX = x;
    } else if (x - prevX >= minGapPx && Math.abs(keptX - x) >= minGapPx) {
      out.push(l);
      prevX = x;
    }
  });
  return out;
}

/** Which dose label a bar must show: the latest while the course goes on, the highest once it has ended (a failure "at maximum dose" reads from it). */
export function keyDoseIndex(doses: readonly DoseLabel[], ongoing: boolean): number {
  if (ongoing || doses.length === 0 || doses.some((d) => d.value === undefined)) {
    return doses.length - 1;
  }
  return doses.reduce((best, d, i) => ((d.value as number) > ((doses[best]?.value as number | undefined) ?? Number.NEGATIVE_INFINITY) ? i : best), 0);
}

const PROCEDURE_LABELS: Record<ProcedureFact["kind"], string> = {
  splenectomy: "Splenectomy",
  hsct: "HSCT",
  "platelet-transfusion": "Platelet transfusion",
};

/** Dated procedures and bleeding conditions as markers, in time order. */
export function chartEvents(procedures: readonly ProcedureFact[], conditions: readonly ConditionFact[]): ChartEvent[] {
  const out: ChartEvent[] = [];
  for (const p of procedures) {
    const t = p.date === null ? undefined : parseDate(p.date);
    if (t !== undefined) {
      out.push({ kind: p.kind, t, label: PROCEDURE_LABELS[p.kind], ref: p.source });
    }
  }
  for (const c of conditions) {
    const when = c.onset ?? c.recorded;
    const t = c.kind === "bleeding" && when !== null ? parseDate(when) : undefined;
    if (t !== undefined) {
      out.push({ kind: "bleeding", t, label: `Bleeding: ${c.display}`, ref: c.source });
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

/** The earliest dated item among counts, lanes and events, for the "all" range. */
export function earliestTime(pointTimes: readonly number[], lanes: readonly Lane[], events: readonly ChartEvent[]): number | undefined {
  const candidates = [pointTimes[0], ...lanes.map((l) => l.bars[0]?.start), events[0]?.t].filter((t): t is number => t !== undefined);
  return candidates.length === 0 ? undefined : Math.min(...candidates);
}

/**
 * Splits the lanes by the time window: `inView` keeps each lane that has an episode overlapping it, with its index
 * among all lanes (so its colour does not change with the range); `outside` names the agents with none.
 */
export function lanesInWindow(lanes: readonly Lane[], window: readonly [number, number]): { inView: { lane: Lane; index: number }[]; outside: string[] } {
  const inView: { lane: Lane; index: number }[] = [];
  const outside: string[] = [];
  lanes.forEach((lane, index) => {
    if (lane.bars.some((b) => b.start <= window[1] && b.end >= window[0])) inView.push({ lane, index });
    else outside.push(lane.agent);
  });
  return { inView, outside };
}
