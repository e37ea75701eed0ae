/**
 * Therapy episodes: per agent, exposures merged while the gap between them is at most 4 weeks
 * (refractory-itp.md section 3: "a new course starts after more than 4 weeks without a dose"), applied to every
 * agent. `ongoing` comes from statuses only (active, on-hold, in-progress): the normaliser has no as-of date,
 * so date-based judgement (e.g. last weekly dose within 14 days) is the pathway's (docs/decisions/0005).
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import { DAY_MS, toEpoch } from "./dates.ts";
import { isOngoingStatus } from "./medication-fields.ts";
import type { MedicationExposure, TherapyEpisode } from "./patient-model.ts";

/** Maximum gap, in days, between two exposures of one course (THRESHOLDS.courseGapDays, notes section 3). */
export const COURSE_GAP_DAYS = THRESHOLDS.courseGapDays;

interface Span {
  readonly exposure: MedicationExposure;
  readonly from: number;
  readonly to: number;
}

/**
 * Build episodes from exposures. Exposures without a start date form one undated episode per agent
 * (id `${agent}:unknown`). Episodes are sorted by agent, then start.
 */
export function buildEpisodes(exposures: readonly MedicationExposure[]): TherapyEpisode[] {
  const byAgent = new Map<string, MedicationExposure[]>();
  for (const e of exposures) {
    const list = byAgent.get(e.agent);
    if (list === undefined) {
      byAgent.set(e.agent, [e]);
    } else {
      list.push(e);
    }
  }
  const episodes: TherapyEpisode[] = [];
  for (const [agent, list] of [...byAgent].sort(([a], [b]) => a.localeCompare(b))) {
    const dated: Span[] = [];
    const undated: MedicationExposure[] = [];
    for (const exposure of list) {
      const from = toEpoch(exposure.start);
      if (from === undefined) {
        undated.push(exposure);
      } else {
        dated.push({ exposure, from, to: Math.max(from, toEpoch(exposure.end) ?? from) });
      }
    }
    dated.sort((a, b) => a.from - b.from || a.to - b.to);
    let group: Span[] = [];
    let groupEnd = Number.NEGATIVE_INFINITY;
    for (const span of dated) {
      if (group.length > 0 && span.from - groupEnd > COURSE_GAP_DAYS * DAY_MS) {
        episodes.push(episode(agent, group.map((s) => s.exposure), group));
        group = [];
      }
      group.push(span);
      groupEnd = Math.max(groupEnd, span.to);
    }
    if (group.length > 0) {
      episodes.push(episode(agent, group.map((s) => s.exposure), group));
    }
    if (undated.length > 0) {
      episodes.push(episode(agent, undated, []));
    }
  }
  return episodes;
}

/**
 * One episode. start = earliest start; end = the latest stated end or administration date, with no dosing
 * interval added; null when ongoing, or when the latest exposure is a request/statement with no stated end.
 */
function episode(agent: string, list: readonly MedicationExposure[], spans: readonly Span[]): TherapyEpisode {
  const first = list[0] as MedicationExposure;
  const ongoing = list.some((e) => isOngoingStatus(e.status));
  const start = spans.length > 0 ? (spans[0] as Span).exposure.start : null;
  const latest = [...spans].sort((a, b) => b.to - a.to)[0];
  const latestEnd = latest === undefined ? null : (latest.exposure.end ?? (latest.exposure.kind === "administration" ? latest.exposure.start : null));
  const doses = list.flatMap((e) => (e.dose === null ? [] : [e.dose])).sort((a, b) => (toEpoch(a.date) ?? 0) - (toEpoch(b.date) ?? 0));
  const reasons = list.map((e) => e.reasonIsItp);
  return {
    id: `${agent}:${start ?? "unknown"}`,
    agent,
    class: first.class,
    start,
    end: ongoing ? null : latestEnd,
    ongoing,
    doses,
    formulation: [...list].reverse().find((e) => e.formulation !== null)?.formulation ?? null,
    stoppedForIntolerance: list.some((e) => e.stoppedForIntolerance),
    reasonIsItp: reasons.includes(true) ? true : reasons.includes(false) ? false : null,
    reasonText: list.find((e) => e.reasonText !== null)?.reasonText ?? null,
    rescue: list.every((e) => e.class === "ivig"),
    sources: list.map((e) => e.source),
  };
}
