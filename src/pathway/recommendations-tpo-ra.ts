/**
 * Builders for the TPO-RA steps (clinical notes section 2, steps 3-6; section 3 tables).
 */
import { BENEFIT_HARM, TPO_RA_REMISSION_AFTER_STOP } from "../clinical/benefit-harm.ts";
import { evidence, type EvidenceKey } from "../clinical/evidence.ts";
import type { Recommendation } from "../contract/evaluation.ts";
import { benefitHarm } from "./benefit.ts";
import { shownCount, type DoseDecision, type DoseWarning } from "./dose-decision.ts";
import { eltrombopagDecision } from "./eltrombopag-dose.ts";
import type { PathwayState } from "./pathway-state.ts";
import { day } from "./dates.ts";
import { doseTableCounts } from "./platelets.ts";
import { romiplostimDecision } from "./romiplostim-dose.ts";
import { tpoRaStart } from "./start-orders.ts";
import type { AssessedTherapy } from "./therapies.ts";

const LABEL: Record<string, EvidenceKey> = { romiplostim: "nplateLabel", eltrombopag: "promactaLabel", avatrombopag: "dopteletLabel" };

export interface Built {
  readonly recommendation: Recommendation;
  readonly warnings: DoseWarning[];
  readonly decision?: DoseDecision;
}

function liverNote(s: PathwayState): string {
  return s.hepaticImpairment ? " Chronic liver disease is recorded: the TPO-RA labels warn of portal vein thrombosis in chronic liver disease." : "";
}

/** Step 3: no TPO-RA tried yet; orders for the agents labelled for the phase. */
export function startTpoRa(s: PathwayState, agents: readonly string[], reasons: readonly string[]): Built {
  const st = tpoRaStart(agents, s.start);
  const further = s.phase === "chronic" ? " Avatrombopag 20 mg once daily with food is a further choice in chronic ITP (Doptelet label)." : "";
  const phaseNote = further + (s.phase === "newly-diagnosed" ? " In newly diagnosed ITP only romiplostim is labelled (eltrombopag: persistent or chronic; avatrombopag: chronic)." : "");
  return {
    recommendation: {
      code: "start-tpo-ra",
      title: "Start a TPO-receptor agonist",
      summary: `No TPO-RA tried yet: start ${agents.join(" or ")}.`,
      rationale: `Second-line therapy is indicated (${reasons.join("; ")}). TPO-receptor agonists are the first choice: the only therapies in this setting proven in randomised trials, and they allow indefinite use (response: romiplostim ${BENEFIT_HARM["romiplostim"]?.response ?? ""}; eltrombopag ${BENEFIT_HARM["eltrombopag"]?.response ?? ""}). ${st.notes.join(" ")}${phaseNote}${liverNote(s)}`,
      evidence: evidence("seed", "ash2019", "icr2019", ...agents.map((a) => LABEL[a] ?? "seed")),
      dataUsed: [...(s.latest ? [s.latest.source] : []), ...st.dataUsed],
      orders: st.orders,
      benefitHarm: benefitHarm(...agents),
    },
    warnings: st.warnings,
  };
}

/** Step 6: another TPO-RA after failure or intolerance of one (ICR 2019). */
export function switchTpoRa(s: PathwayState, failed: readonly AssessedTherapy[], agents: readonly string[], furtherChoice: boolean): Built {
  const st = tpoRaStart(agents, s.start);
  const further = furtherChoice ? " Avatrombopag 20 mg once daily with food is a further choice (Doptelet label)." : "";
  const what = failed.map((f) => `${f.episode.agent} (${f.judgement.failureReason ?? "failed"})`).join("; ");
  return {
    recommendation: {
      code: "switch-tpo-ra",
      title: "Switch to another TPO-receptor agonist",
      summary: `${failed.map((f) => f.episode.agent).join(", ")} failed: try ${agents.join(" or ")}.`,
      rationale: `Failed or not tolerated: ${what}. Switching to another TPO-RA succeeds in a majority of patients (ICR 2019). ${st.notes.join(" ")}${further}${liverNote(s)}`,
      evidence: evidence("icr2019", "seed", ...agents.map((a) => LABEL[a] ?? "seed")),
      dataUsed: failed.flatMap((f) => f.episode.sources.slice(0, 1)).concat(st.dataUsed),
      orders: st.orders,
      benefitHarm: benefitHarm(...agents),
    },
    warnings: st.warnings,
  };
}

/** Step 4: the label table for an ongoing TPO-RA (or no dose when the formulation's table is not encoded). */
export function adjustTpoRaDose(s: PathwayState, a: AssessedTherapy): Built | null {
  const ctx = a.tpo;
  if (ctx === null) return null;
  const agent = a.episode.agent;
  const base = { code: "adjust-tpo-ra-dose" as const, evidence: evidence(LABEL[agent] ?? "seed", "seed"), benefitHarm: benefitHarm(agent) };
  if (ctx.isAlvaiz || agent === "avatrombopag") {
    const name = ctx.isAlvaiz ? "Alvaiz (eltrombopag choline)" : "avatrombopag (Doptelet)";
    const why = ctx.isAlvaiz
      ? "Alvaiz is not interchangeable with Promacta (eltrombopag olamine): its strengths 9, 18, 36 and 54 mg correspond to 12.5, 25, 50 and 75 mg of Promacta. Its own dose table is not encoded, so no Alvaiz or Promacta dose is proposed."
      : "The Doptelet dose-adjustment table is not encoded yet, so no dose is proposed.";
    const text = `The patient is on ${name}: adjust the dose with its own label. ${why}`;
    return {
      recommendation: { ...base, title: `Adjust ${name} with its own label`, summary: `On ${name}: no dose table encoded; use the label.`, rationale: `${text} Target the lowest dose that keeps the count >= 50 ×10⁹/L.${s.latest ? ` Latest count ${shownCount(s.latest.value)} ×10⁹/L.` : ""}`, dataUsed: [...a.episode.sources.slice(0, 1), ...(s.latest ? [s.latest.source] : [])], orders: [] },
      warnings: [{ code: "dose-table-unavailable", text, refs: a.episode.sources.slice(0, 1) }],
    };
  }
  const table = doseTableCounts(s.counts, s.model, s.asOf, s.bound);
  const d0 = agent === "romiplostim" ? romiplostimDecision(ctx, table.counts, s.weights, s.asOf) : eltrombopagDecision(ctx, table.counts, s.asOf);
  if (d0 === null) return null;
  const u = table.undecided;
  let decision = u === null ? d0 : { ...d0, rationale: `${d0.rationale} A newer count (${day(u.date)}) is reported only as ${u.comparator ?? ""}${shownCount(u.value)} ×10⁹/L, which does not decide the table row: get a measured count before acting.`, dataUsed: [...d0.dataUsed, u.source] };
  const d = decision;
  if (d.order.action === "taper" && !a.judgement.failed) {
    const r = a.judgement.response;
    const why = r === "response" || r === "complete-response" ? "the counts still meet the IWG response (>= 30 and >= 2x baseline)" : `its response is ${r} on the counts that judge it`;
    decision = { ...d, order: { ...d.order, action: "continue" }, rationale: `${d.rationale} But ${why}, so it does not count as failed: continue at the maximum and review with the patient.` };
  }
  const o = decision.order;
  const perKg = o.dosePerKg ? `${o.dosePerKg.value} ug/kg` : "";
  const abs = o.dose ? `${o.dose.value} ${o.dose.unit}` : "";
  const dose = perKg && abs ? `${perKg} (${abs})` : perKg || abs || "the dose (not computable)";
  const phrase: Record<string, string> = {
    increase: `increase to ${dose}`,
    decrease: `decrease to ${dose}`,
    continue: `continue ${dose}`,
    hold: `hold; resume at ${dose} when the count is < ${o.resumeBelow ?? "?"}`,
    stop: "stop",
    taper: "taper off",
    start: `start ${dose}`,
  };
  const what = phrase[o.action] ?? o.action;
  return {
    recommendation: {
      ...base,
      title: `${agent[0]?.toUpperCase() ?? ""}${agent.slice(1)}: ${what}`,
      summary: `${agent}: ${what}, per the label table (target >= 50 ×10⁹/L, not a normal count).`,
      rationale: `${decision.rationale} Source: ${agent === "romiplostim" ? "Nplate" : "Promacta"} label dose-adjustment table.`,
      dataUsed: [...new Set([...decision.dataUsed, ...a.episode.sources.slice(0, 1)])],
      orders: [decision.order],
    },
    warnings: decision.warnings,
    decision,
  };
}

/** Step 5: a failed TPO-RA the patient is still on: taper off (Seed; labels). */
export function discontinueTpoRa(s: PathwayState, a: AssessedTherapy): Built {
  const agent = a.episode.agent;
  const text = `Taper ${agent} rather than stopping abruptly, to limit rebound thrombocytopenia; check counts weekly for at least 2 weeks after stopping (4 weeks for avatrombopag).`;
  return {
    recommendation: {
      code: "discontinue-tpo-ra",
      title: `Discontinue ${agent} (taper)`,
      summary: `${agent} failed (${a.judgement.failureReason ?? "failed"}): taper off.`,
      rationale: `${agent} counts as failed: ${a.judgement.failureReason ?? "failed"}. ${text} After a tapered stop, ${TPO_RA_REMISSION_AFTER_STOP}.${s.latest ? ` Latest count ${shownCount(s.latest.value)} ×10⁹/L.` : ""}`,
      evidence: evidence(LABEL[agent] ?? "seed", "seed"),
      dataUsed: [...a.episode.sources.slice(0, 1), ...a.judgement.judged.slice(-2).map((c) => c.source)],
      orders: [{ agent, action: "taper", note: "Taper; do not stop abruptly (Seed)." }],
      benefitHarm: benefitHarm(agent),
    },
    warnings: [{ code: "taper-tpo-ra", text, refs: a.episode.sources.slice(0, 1) }],
  };
}
