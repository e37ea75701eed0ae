/**
 * Builders for the options after TPO-RA failure (step 7), other second-line options (step 8) and therapies not to use
 * (step 9) (clinical notes section 2).
 */
import { BENEFIT_HARM, ESCALATION_REGIMENS } from "../clinical/benefit-harm.ts";
import { evidence } from "../clinical/evidence.ts";
import type { Order, Recommendation } from "../contract/evaluation.ts";
import { benefitHarm } from "./benefit.ts";
import type { DoseWarning } from "./dose-decision.ts";
import type { PathwayState } from "./pathway-state.ts";
import { fostamatinibStart, rilzabrutinibStart, rituximabOrders, tpoRaStart } from "./start-orders.ts";
import type { AssessedTherapy } from "./therapies.ts";

export interface BuiltEscalation {
  readonly recommendation: Recommendation;
  readonly warnings: DoseWarning[];
}

function rec(code: Recommendation["code"], title: string, summary: string, rationale: string, ev: Recommendation["evidence"], dataUsed: string[], orders: Order[] = []): Recommendation {
  const bh = benefitHarm(code);
  return { code, title, summary, rationale, evidence: ev, dataUsed, orders, ...(bh ? { benefitHarm: bh } : {}) };
}

/** "<regimen> Response ...; time to response ...; durability ...; risks: ...", from the notes' section 7 row. */
function optionText(code: keyof typeof ESCALATION_REGIMENS): string {
  const row = BENEFIT_HARM[code];
  const known = (label: string, v: string | undefined): string => (v === undefined || v === "not reported" ? "" : ` ${label}: ${v}.`);
  return `${ESCALATION_REGIMENS[code]}${known("Response", row?.response)}${known("Time to response", row?.timeToResponse)}${known("Durability", row?.durability)}${known("Common adverse events", row?.commonAdverse)}${known("Serious adverse events", row?.seriousAdverse)}`;
}

function failedList(failed: readonly AssessedTherapy[]): string {
  return failed.map((f) => `${f.episode.agent} (${f.judgement.failureReason ?? "failed"})`).join("; ");
}

/** Step 7.1: immunosuppressant + TPO-RA (Mahévas 2016), preferred for multirefractory ITP. */
export function combinationImmunosuppressantTpoRa(s: PathwayState, failed: readonly AssessedTherapy[]): Recommendation {
  const pref = s.refractory === "multirefractory" ? " This is the preferred option for multirefractory ITP." : "";
  return rec(
    "combination-immunosuppressant-tpo-ra",
    "Add an immunosuppressant to a TPO-RA",
    "TPO-RA failure: combine an immunosuppressant with a TPO-RA (7 of 10 responded).",
    `TPO-RA failed: ${failedList(failed)}. ${optionText("combination-immunosuppressant-tpo-ra")}${pref}`,
    evidence("mahevas2016", "seed"),
    failed.flatMap((f) => f.episode.sources.slice(0, 1)),
  );
}

/** Step 7.2: combination chemotherapy (Seed). */
export function combinationChemotherapy(failed: readonly AssessedTherapy[]): Recommendation {
  return rec(
    "combination-chemotherapy",
    "Combination chemotherapy",
    "Cyclophosphamide + prednisone + vincristine with azathioprine or etoposide: 68% respond in 2-3 months.",
    `TPO-RA failed: ${failedList(failed)}. ${optionText("combination-chemotherapy")}`,
    evidence("seed"),
    failed.flatMap((f) => f.episode.sources.slice(0, 1)),
  );
}

/** Step 7.3: alemtuzumab (Seed). */
export function alemtuzumab(failed: readonly AssessedTherapy[]): Recommendation {
  return rec(
    "alemtuzumab",
    "Alemtuzumab (Campath-1H)",
    "67% initial response, but almost all relapse within 24 months; severe immunosuppression.",
    `TPO-RA failed: ${failedList(failed)}. ${optionText("alemtuzumab")}`,
    evidence("seed"),
    failed.flatMap((f) => f.episode.sources.slice(0, 1)),
  );
}

/** Step 7.4: HSCT, last resort (Seed). */
export function hsct(s: PathwayState, untried: readonly string[]): Recommendation {
  const left = untried.length > 0 ? ` Options not yet tried in the record: ${untried.join(", ")}; HSCT is only for patients unresponsive to all other modalities.` : "";
  return rec(
    "hsct",
    "Haematopoietic stem cell transplantation (last resort)",
    "Last resort for severe chronic refractory ITP with bleeding complications: 43% remission; potentially fatal.",
    `Multirefractory chronic ITP with bleeding recorded. ${optionText("hsct")}${left}`,
    evidence("seed"),
    s.bleeding.sources,
  );
}

/** Step 8: another second-line option not yet tried (ASH 2019; ICR 2019; labels). */
export function considerOption(s: PathwayState, agent: "rituximab" | "fostamatinib" | "splenectomy" | "avatrombopag" | "rilzabrutinib", reasons: readonly string[]): BuiltEscalation {
  const b = option(s, agent);
  const why = reasons.length > 0 ? `Second-line therapy is indicated (${reasons.join("; ")}); ${agent === "splenectomy" ? "no splenectomy is recorded" : `${agent} has not been tried`}. ` : "";
  const latest = s.latest ? [s.latest.source] : [];
  return { ...b, recommendation: { ...b.recommendation, rationale: `${why}${b.recommendation.rationale}`, dataUsed: [...new Set([...latest, ...b.recommendation.dataUsed])] } };
}

function option(s: PathwayState, agent: "rituximab" | "fostamatinib" | "splenectomy" | "avatrombopag" | "rilzabrutinib"): BuiltEscalation {
  switch (agent) {
    case "rituximab": {
      const r = rituximabOrders(s.start);
      return {
        recommendation: rec("consider-rituximab", "Consider rituximab", "Second-line option not yet tried (off-label); screen for hepatitis B first.", `Rituximab is a second-line option (ASH 2019; ICR 2019; off-label in ITP); responses occur in 1-8 weeks. ${r.notes.join(" ")} Screen for hepatitis B before starting (boxed warning: HBV reactivation).`, evidence("ash2019", "icr2019", "rituxanLabel", "mosteller1987"), r.dataUsed, r.orders),
        warnings: r.warnings,
      };
    }
    case "fostamatinib":
      return {
        recommendation: rec("consider-fostamatinib", "Consider fostamatinib", "Second-line option not yet tried: 100 mg twice daily.", "Fostamatinib is a second-line option (ASH 2019; ICR 2019). 100 mg twice daily; after 4 weeks increase to 150 mg twice daily if the count has not reached 50 ×10⁹/L; discontinue after 12 weeks without response. Blood pressure every 2 weeks until the dose is stable, then monthly; liver tests monthly (Tavalisse label).", evidence("ash2019", "icr2019", "tavalisseLabel"), [], [fostamatinibStart()]),
        warnings: [],
      };
    case "splenectomy":
      return {
        recommendation: rec("consider-splenectomy", "Consider splenectomy", "Second-line option, more than 12 months after diagnosis.", `Splenectomy is a second-line option (ASH 2019; ICR 2019), considered only after 12 months from diagnosis (diagnosed ${s.applicability.diagnosisDate ?? "unknown"}).`, evidence("ash2019", "icr2019"), s.applicability.dataUsed),
        warnings: [],
      };
    case "avatrombopag": {
      const st = tpoRaStart(["avatrombopag"], s.start);
      return {
        recommendation: rec("consider-avatrombopag", "Consider avatrombopag", "TPO-RA not yet tried: 20 mg daily with food.", "Avatrombopag is labelled for chronic ITP with insufficient response to a previous treatment; start 20 mg once daily with food, maximum 40 mg daily; discontinue if < 50 ×10⁹/L after 4 weeks at 40 mg (Doptelet label).", evidence("dopteletLabel", "icr2019"), [], st.orders),
        warnings: st.warnings,
      };
    }
    case "rilzabrutinib":
      return {
        recommendation: rec("consider-rilzabrutinib", "Consider rilzabrutinib", "Approved for persistent or chronic ITP after an insufficient response: 400 mg twice daily.", "Rilzabrutinib is approved for adults with persistent or chronic ITP with an insufficient response to a previous treatment (Wayrilz label); 400 mg orally twice daily (verify against the label).", evidence("wayrilzLabel"), [], [rilzabrutinibStart()]),
        warnings: [],
      };
  }
}

/** Step 9: therapies that should not be used for ITP (Seed). */
export function stopNotRecommended(items: readonly AssessedTherapy[]): Recommendation {
  const names = items.map((i) => i.episode.agent);
  return rec(
    "stop-not-recommended-therapy",
    `Stop ${names.join(", ")}`,
    `${names.join(", ")}: not recommended for ITP (no efficacy or excessive toxicity).`,
    `The patient takes ${names.join(", ")} with ITP as the recorded reason or no other indication recorded. Colchicine, interferon, protein A immunoadsorption, plasmapheresis as an isolated approach, vitamin C and recombinant factor VIIa are not recommended for ITP: no efficacy or excessive toxicity (Seed). If it is taken for another indication, record that indication.`,
    evidence("seed"),
    items.flatMap((i) => i.episode.sources.slice(0, 1)),
    items.map((i) => ({ agent: i.episode.agent, action: "stop" as const })),
  );
}
