/**
 * The therapy list of the assessment: each episode judged (response.ts), procedures (splenectomy, HSCT) added,
 * corticosteroid dependence (IWG 2009) and the clinician's outcome overrides applied.
 */
import type { Therapy } from "../contract/evaluation.ts";
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { Overrides } from "../model/overrides.ts";
import type { Measurement, PatientModel, PlateletCount, TherapyEpisode } from "../model/patient-model.ts";
import { addMonths, day, daysBetween } from "./dates.ts";
import type { RescueInterval } from "./platelets.ts";
import { judgeTherapy, type Judgement } from "./response.ts";
import { tpoRaContext, type TpoRaContext } from "./tpo-ra-context.ts";

export interface AssessedTherapy {
  readonly episode: TherapyEpisode;
  readonly judgement: Judgement;
  readonly tpo: TpoRaContext | null;
  readonly therapy: Therapy;
  readonly overridden: boolean;
}

/** Splenectomy and HSCT procedures as one-day episodes (class surgery / transplant). */
export function procedureEpisodes(model: PatientModel): TherapyEpisode[] {
  return model.procedures
    .filter((p) => p.kind !== "platelet-transfusion")
    .map((p) => ({
      id: `${p.kind}:${p.date === null ? "unknown" : day(p.date)}`,
      agent: p.kind,
      class: p.kind === "splenectomy" ? "surgery" : "transplant",
      start: p.date === null ? null : day(p.date),
      end: p.date === null ? null : day(p.date),
      ongoing: false,
      doses: [],
      formulation: null,
      stoppedForIntolerance: false,
      reasonIsItp: null,
      reasonText: null,
      rescue: false,
      sources: [p.source],
    }));
}

export interface TherapyInput {
  readonly model: PatientModel;
  readonly weights: readonly Measurement[];
  readonly counts: readonly PlateletCount[];
  readonly rescue: readonly RescueInterval[];
  readonly asOf: string;
  readonly overrides: Overrides;
  readonly activeBleeding: boolean;
}

/**
 * Judge every therapy started on or before the as-of date, in start order.
 * @param input - model, counts and context
 * @returns the assessed therapies
 */
export function assessTherapies(input: TherapyInput): AssessedTherapy[] {
  const { asOf, overrides } = input;
  const episodes = [...input.model.therapies, ...procedureEpisodes(input.model)]
    .filter((t) => t.start === null || day(t.start) <= day(asOf))
    .sort((a, b) => (a.start ?? "").localeCompare(b.start ?? ""));
  const dependent = corticosteroidDependence(episodes, asOf);
  return episodes.map((raw) => {
    const t = currentEpisode(raw, input.model, asOf);
    const tpo = tpoRaContext(t, input.weights, asOf);
    const base = overrides.baselines[t.id];
    const next = t.agent === "splenectomy" && t.start !== null ? nextTherapyStart(episodes, day(t.start)) : null;
    let j = judgeTherapy({
      episode: t,
      counts: input.counts,
      rescue: input.rescue,
      asOf,
      daysAtMax: tpo?.daysAtMax ?? null,
      ...(tpo ? { daysAtMaxNow: tpo.daysAtMaxNow } : {}),
      ...(tpo ? { maxDose: { value: tpo.max, unit: tpo.unit } } : {}),
      activeBleeding: input.activeBleeding,
      nextTherapyStart: next,
      ...(base !== undefined ? { baselineOverride: base } : {}),
    });
    if (dependent.has(t.id) && !j.failed) j = { ...j, failed: true, failureReason: "corticosteroid dependence (at least 2 months of corticosteroids)" };
    const outcome = overrides.therapyOutcomes[t.id];
    if (outcome === "responded") j = { ...j, response: j.response === "complete-response" ? j.response : "response", failed: false, failureReason: "" };
    else if (outcome === "failed") j = { ...j, failed: true, failureReason: "the clinician records a failure" };
    else if (outcome === "not-tolerated") j = { ...j, failed: true, failureReason: "not tolerated (the clinician says so)" };
    const { failureReason, ...rest } = j;
    j = failureReason ? { ...rest, failureReason } : rest;
    return { episode: t, judgement: j, tpo, therapy: toContract(t, j, tpo), overridden: outcome !== undefined };
  });
}

/** The first start, after `day`, of an ITP therapy that is not a rescue course (IVIG, anti-D). */
function nextTherapyStart(episodes: readonly TherapyEpisode[], after: string): string | null {
  const starts = episodes
    .filter((e) => e.start !== null && day(e.start) > after && !e.rescue && e.class !== "ivig" && e.reasonIsItp !== false && e.class !== "surgery")
    .map((e) => day(e.start as string))
    .sort();
  return starts[0] ?? null;
}

/**
 * An administration-only series (every exposure a MedicationAdministration, all completed) is still current when its
 * last dose is within 4 weeks of the as-of date: the normaliser decides `ongoing` from statuses only
 * (docs/decisions/0005-normaliser-policies.md), and a course continues until more than 4 weeks pass without a dose
 * (notes section 3). TPO-RAs only (weekly romiplostim is the case), never one stopped for intolerance.
 */
export function currentEpisode(t: TherapyEpisode, model: PatientModel, asOf: string): TherapyEpisode {
  // Seen from the as-of date (ADR 0010 #2): later doses do not exist yet, and a therapy that ends later is ongoing.
  const doses = t.doses.filter((d) => day(d.date) <= day(asOf));
  if (doses.length !== t.doses.length) t = { ...t, doses };
  if (!t.ongoing && t.end !== null && day(t.end) > day(asOf)) return { ...t, ongoing: true, end: null };
  if (t.ongoing || t.end === null || t.stoppedForIntolerance || t.class !== "tpo-ra") return t;
  const exposures = model.exposures.filter((e) => t.sources.includes(e.source));
  if (exposures.length === 0 || exposures.some((e) => e.kind !== "administration")) return t;
  const gap = daysBetween(t.end, asOf);
  return gap >= 0 && gap <= THRESHOLDS.courseGapDays ? { ...t, ongoing: true } : t;
}

/**
 * Corticosteroid dependence (IWG 2009): ongoing or repeated corticosteroids for at least 2 months. One episode spanning
 * 2 calendar months, or repeated courses (each starting within 60 days of the previous one's end) adding up to 60 days,
 * mark the corticosteroid episodes of ITP (reason not another indication) in that run as failed. Courses years apart
 * are not "repeated" for this rule (docs/decisions/0010-pathway-open-questions.md #13).
 */
function corticosteroidDependence(episodes: readonly TherapyEpisode[], asOf: string): Set<string> {
  const steroids = episodes.filter((t) => t.class === "corticosteroid" && t.start !== null && t.reasonIsItp !== false);
  const spans = steroids
    .map((t) => {
      const end = t.ongoing || t.end === null ? asOf : day(t.end) < day(asOf) ? t.end : asOf;
      return { id: t.id, start: day(t.start as string), end: day(end) };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
  const window = THRESHOLDS.corticosteroidDependenceMonths * 30;
  const out = new Set<string>();
  let run: typeof spans = [];
  const close = (): void => {
    const single = run.some((s) => s.end >= addMonths(s.start, THRESHOLDS.corticosteroidDependenceMonths));
    const total = run.reduce((n, s) => n + Math.max(0, daysBetween(s.start, s.end)), 0);
    if (single || (run.length > 1 && total >= window)) run.forEach((s) => out.add(s.id));
  };
  for (const s of spans) {
    const last = run.at(-1);
    if (last !== undefined && daysBetween(last.end, s.start) > window) {
      close();
      run = [];
    }
    run.push(s);
  }
  close();
  return out;
}

function toContract(t: TherapyEpisode, j: Judgement, tpo: TpoRaContext | null): Therapy {
  const last = t.doses.at(-1);
  let currentDose: Therapy["currentDose"] = last ? { value: last.value, unit: last.unit } : null;
  if (tpo?.agent === "romiplostim" && tpo.run !== null) currentDose = { value: tpo.run.level, unit: "ug/kg" };
  return {
    id: t.id,
    agent: t.agent,
    class: t.class,
    start: t.start,
    end: t.end,
    ongoing: t.ongoing,
    response: j.response,
    failed: j.failed,
    ...(j.failureReason ? { failureReason: j.failureReason } : {}),
    currentDose,
    sources: t.sources,
  };
}
