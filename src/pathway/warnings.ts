/**
 * Warnings about the data and the patient's safety (clinical notes sections 2, 4 and 6).
 */
import { THRESHOLDS } from "../clinical/thresholds.ts";
import { TPO_RA_AGENTS } from "../clinical/windows.ts";
import type { Recommendation } from "../contract/evaluation.ts";
import { SECOND_LINE_EVIDENCE, type GapSource } from "./data-gaps.ts";
import { day, daysBetween, instant, onOrBefore } from "./dates.ts";
import { shownCount, type DoseWarning } from "./dose-decision.ts";
import { unavailableWarnings } from "./gap-notes.ts";
import type { PathwayState } from "./pathway-state.ts";
import { knownBelow } from "./platelets.ts";

/** Count warnings: missing, critical (< 20), stale (> 30 days before the as-of date). */
export function countWarnings(s: PathwayState): DoseWarning[] {
  const out: DoseWarning[] = [];
  const boundCritical = s.bound !== null && knownBelow(null, s.bound, THRESHOLDS.critical);
  if (s.bound !== null && boundCritical) {
    out.push({ code: "critical-platelet-count", text: `The newest platelet count is reported as ${s.bound.comparator}${shownCount(s.bound.value)} ×10⁹/L (${day(s.bound.date)}): below ${THRESHOLDS.critical}.`, refs: [s.bound.source] });
  }
  if (s.latest === null) {
    out.push({ code: "missing-platelet-count", text: "No valid platelet count is recorded: response, refractoriness and dosing cannot be judged." });
    return out;
  }
  if (!boundCritical && s.latest.value < THRESHOLDS.critical) {
    out.push({ code: "critical-platelet-count", text: `Latest platelet count ${shownCount(s.latest.value)} ×10⁹/L (${day(s.latest.date)}) is below ${THRESHOLDS.critical}.`, refs: [s.latest.source] });
  }
  const age = daysBetween(s.latest.date, s.asOf);
  if (age > THRESHOLDS.staleDays) {
    out.push({ code: "stale-platelet-count", text: `The latest platelet count is ${age} days old (${day(s.latest.date)}); more than ${THRESHOLDS.staleDays} days: get a new count before acting.`, refs: [s.latest.source] });
  }
  return out;
}

/**
 * Hepatotoxicity on eltrombopag (Promacta label): ALT >= 3x the upper limit of normal (referenceRange.high only; none
 * means `missing-upper-limit-of-normal`, never a default), or >= 3x the pre-treatment value when it was already raised.
 */
export function liverWarnings(s: PathwayState): DoseWarning[] {
  const out: DoseWarning[] = [];
  for (const a of s.therapies.filter((t) => t.episode.agent === "eltrombopag" && t.episode.ongoing && t.episode.start !== null)) {
    const start = day(a.episode.start as string);
    const alts = s.model.liverTests.filter((l) => l.test === "alt" && onOrBefore(l.date, s.asOf)).sort((x, y) => instant(x.date) - instant(y.date));
    const before = alts.filter((l) => day(l.date) < start).at(-1);
    const latest = alts.filter((l) => day(l.date) >= start).at(-1);
    if (!latest) {
      out.push({ code: "missing-liver-tests", text: "On eltrombopag without an ALT since it started: check ALT, AST and bilirubin (every 2 weeks during dose adjustment, monthly when stable)." });
      continue;
    }
    // The pre-treatment value is compared only in the same unit (U/L and ukat/L are not converted here).
    const raisedBefore = before !== undefined && before.upperLimit !== null && before.value > before.upperLimit && before.unit === latest.unit;
    if (raisedBefore && before) {
      if (latest.value >= THRESHOLDS.altUlnMultiple * before.value) out.push(hepatotoxicity(`ALT ${latest.value} ${latest.unit} (${day(latest.date)}) is >= 3x the raised pre-treatment value ${before.value}`, [latest.source, before.source]));
      continue;
    }
    if (latest.upperLimit === null) {
      out.push({ code: "missing-upper-limit-of-normal", text: `ALT ${latest.value} ${latest.unit} (${day(latest.date)}) has no reference range upper limit: hepatotoxicity on eltrombopag cannot be judged; check it against the laboratory's range.`, refs: [latest.source] });
      continue;
    }
    if (latest.value >= THRESHOLDS.altUlnMultiple * latest.upperLimit) {
      out.push(hepatotoxicity(`ALT ${latest.value} ${latest.unit} (${day(latest.date)}) is >= 3x the upper limit of normal ${latest.upperLimit}`, [latest.source]));
    }
  }
  return out;
}

function hepatotoxicity(what: string, refs: string[]): DoseWarning {
  return {
    code: "hepatotoxicity",
    text: `${what} on eltrombopag: re-test within 3-5 days; stop eltrombopag if it stays >= 3x ULN and is progressive, persists >= 4 weeks, comes with raised direct bilirubin, or with symptoms of liver injury (Promacta label).`,
    refs,
  };
}

/** Thrombosis risk factors recorded while a TPO-RA is taken or proposed (Seed: thrombotic events in 2-3%). */
export function thrombosisWarnings(s: PathwayState, recs: readonly Recommendation[]): DoseWarning[] {
  const risks = s.model.conditions.filter((c) => c.kind === "thrombosis-risk");
  const tpo = s.therapies.some((a) => a.tpo !== null && a.episode.ongoing) || recs.some((r) => r.orders.some((o) => (TPO_RA_AGENTS as readonly string[]).includes(o.agent) && o.action === "start"));
  if (risks.length === 0 || !tpo) return [];
  return [{ code: "thrombosis-risk", text: `Thrombosis risk factors recorded (${risks.map((r) => r.display).join(", ")}): TPO-RAs carry treatment-related thrombotic events in 2-3%; weigh and watch.`, refs: risks.map((r) => r.source) }];
}

/**
 * `phase-unknown`: ITP without a usable date of diagnosis (no onset or recorded date, or one after the as-of date).
 * The phase (IWG 2009) and so "persistent or chronic ITP with a count < 30" (notes section 2, step 3) cannot be judged.
 */
export function phaseWarnings(s: PathwayState): DoseWarning[] {
  if (!s.applicability.pathwayApplies || s.phase !== "unknown") return [];
  const d = s.applicability.diagnosisDate;
  const why = d === null ? "No date of diagnosis is in the record (the ITP condition has no onset or recorded date)" : `The recorded date of diagnosis (${d}) is after the evaluation date`;
  const refs = s.model.conditions.filter((c) => c.kind === "itp" || c.kind === "thrombocytopenia-other").map((c) => c.source);
  return [{
    code: "phase-unknown",
    text: `${why}, so the phase (newly diagnosed, persistent or chronic) — and whether second-line therapy is indicated on the count alone (persistent or chronic ITP with a count < ${THRESHOLDS.secondLineCount} ×10⁹/L) — cannot be judged: ask the clinician or check the problem list for the date of diagnosis.`,
    ...(refs.length > 0 ? { refs } : {}),
  }];
}

/** The assessment items an unreadable type touched: refractory status, and whether the pathway applies. */
function gapAssessment(s: PathwayState): Partial<Record<GapSource, string[]>> {
  const out: Partial<Record<GapSource, string[]>> = {};
  const refractory = s.refractoryByGaps ? "refractory status (insufficient data)" : s.refractory === "refractory" ? "refractory status (multirefractory cannot be excluded)" : null;
  if (refractory !== null) for (const src of SECOND_LINE_EVIDENCE) out[src] = [refractory];
  if (!s.applicability.pathwayApplies) out.conditions = ["whether the pathway applies (diagnosis)"];
  return out;
}

/**
 * Data warnings: unrecognised units (excluded, never guessed) and resource types the server could not give, each
 * naming the recommendations that rest on it (gap-notes.ts).
 * @param s - pathway state
 * @param recs - the recommendations given
 */
export function dataWarnings(s: PathwayState, recs: readonly Recommendation[] = []): DoseWarning[] {
  const out: DoseWarning[] = [];
  const units = s.model.ledger.excluded.filter((e) => e.reason === "unit-unrecognised");
  if (units.length > 0) out.push({ code: "unit-unrecognised", text: `${units.length} value(s) with an unrecognised unit were excluded, not guessed: check them in the record.`, refs: units.map((u) => u.ref) });
  out.push(...unavailableWarnings(s.gaps, recs, gapAssessment(s)));
  return out;
}
