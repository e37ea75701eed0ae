/**
 * Monitoring list (clinical notes section 4; labels).
 */
import { TPO_RA_AGENTS } from "../clinical/windows.ts";
import type { MonitoringCode, Recommendation } from "../contract/evaluation.ts";
import type { DoseDecision } from "./dose-decision.ts";
import type { PathwayState } from "./pathway-state.ts";

const TPO = new Set<string>(TPO_RA_AGENTS);

const TEXT: Record<MonitoringCode, string> = {
  "platelet-count-weekly": "Platelet count weekly while the TPO-RA dose is being adjusted.",
  "platelet-count-monthly": "Platelet count monthly: the TPO-RA dose has been stable for 4 weeks.",
  "platelet-count-after-discontinuation": "Platelet count weekly for at least 2 weeks after stopping a TPO-RA (at least 4 weeks for avatrombopag).",
  "platelet-count-twice-weekly": "Platelet count twice weekly while eltrombopag is paused for a count > 400 (restart below 150).",
  "liver-function": "ALT, AST and bilirubin before starting eltrombopag, every 2 weeks during dose adjustment, monthly when stable (Promacta label); liver tests monthly on fostamatinib (Tavalisse label).",
  "blood-pressure": "Blood pressure every 2 weeks until the fostamatinib dose is stable, then monthly (Tavalisse label).",
  "hepatitis-b-screening": "Screen for hepatitis B before rituximab (boxed warning: HBV reactivation).",
};

/**
 * @param s - pathway state
 * @param recs - the recommendations
 * @param decisions - dose-table decisions for ongoing TPO-RAs
 * @returns monitoring items in a fixed order
 */
export function monitoring(s: PathwayState, recs: readonly Recommendation[], decisions: readonly DoseDecision[]): { code: MonitoringCode; text: string }[] {
  const codes = new Set<MonitoringCode>();
  const orders = recs.flatMap((r) => r.orders);
  const startsTpo = orders.some((o) => TPO.has(o.agent) && o.action === "start");
  // On a TPO-RA whose table is not encoded (Alvaiz, avatrombopag) no decision says the dose is stable: weekly counts.
  const undecided = s.therapies.some((a) => TPO.has(a.episode.agent) && a.episode.ongoing && !a.judgement.failed && !decisions.some((d) => d.order.agent === a.episode.agent));
  if (startsTpo || undecided || decisions.some((d) => !d.stable && d.order.action !== "stop" && !(d.order.agent === "eltrombopag" && d.order.action === "hold"))) codes.add("platelet-count-weekly");
  if (decisions.some((d) => d.order.agent === "eltrombopag" && d.order.action === "hold")) codes.add("platelet-count-twice-weekly");
  if (decisions.some((d) => d.stable)) codes.add("platelet-count-monthly");
  if (recs.some((r) => r.code === "discontinue-tpo-ra") || decisions.some((d) => d.order.action === "stop")) codes.add("platelet-count-after-discontinuation");
  const onElt = s.therapies.some((a) => a.episode.agent === "eltrombopag" && a.episode.ongoing);
  const onFosta = s.therapies.some((a) => a.episode.agent === "fostamatinib" && a.episode.ongoing);
  if (onElt || onFosta || orders.some((o) => (o.agent === "eltrombopag" || o.agent === "fostamatinib") && o.action === "start")) codes.add("liver-function");
  if (onFosta || orders.some((o) => o.agent === "fostamatinib" && o.action === "start")) codes.add("blood-pressure");
  if (recs.some((r) => r.code === "consider-rituximab")) codes.add("hepatitis-b-screening");
  const order: MonitoringCode[] = ["platelet-count-weekly", "platelet-count-twice-weekly", "platelet-count-monthly", "platelet-count-after-discontinuation", "liver-function", "blood-pressure", "hepatitis-b-screening"];
  return order.filter((c) => codes.has(c)).map((code) => ({ code, text: TEXT[code] }));
}
