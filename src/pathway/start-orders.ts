/**
 * Starting orders (clinical notes sections 2-3; labels; ICR 2019). A dose that needs a missing weight or height is
 * left out of the order and a warning says why; it is never guessed.
 */
import { ELTROMBOPAG, LABELLED_PHASES, ROMIPLOSTIM, START_ORDERS } from "../clinical/dosing.ts";
import type { Order } from "../contract/evaluation.ts";
import type { Measurement } from "../model/patient-model.ts";
import { day, instant, onOrBefore } from "./dates.ts";
import type { DoseWarning } from "./dose-decision.ts";
import type { Phase } from "./phase.ts";
import { romiplostimDose } from "./romiplostim-dose.ts";
import { describeWeight, newStartWeight } from "./weight.ts";

export interface StartContext {
  readonly asOf: string;
  readonly phase: Phase;
  readonly weights: readonly Measurement[];
  readonly heights: readonly Measurement[];
  /** East/Southeast-Asian ancestry: yes/no/unknown (detailed race codes or the clinician). */
  readonly eastAsian: "yes" | "no" | "unknown";
  /** OMB "Asian" (2028-9) recorded without a detailed code that decides. */
  readonly ombAsianOnly: boolean;
  readonly hepaticImpairment: boolean;
}

export interface StartOrders {
  readonly orders: Order[];
  readonly notes: string[];
  readonly warnings: DoseWarning[];
  readonly dataUsed: string[];
}

/**
 * Which TPO-RAs may be started in this phase: eltrombopag (Promacta) is labelled for persistent or chronic ITP,
 * avatrombopag (Doptelet) for chronic ITP; romiplostim's adult indication has no phase limit (Nplate label).
 */
export function labelledForPhase(agent: string, phase: Phase): boolean {
  const phases = LABELLED_PHASES[agent];
  return phases === undefined ? agent === "romiplostim" : phases.includes(phase);
}

/** Romiplostim 1 ug/kg SC weekly by actual body weight (latest weight no older than 6 months). */
export function romiplostimStart(ctx: StartContext): StartOrders {
  const order: Order = { agent: "romiplostim", action: "start", dosePerKg: { value: ROMIPLOSTIM.startUgPerKg, unit: "ug/kg" }, route: ROMIPLOSTIM.route, frequency: ROMIPLOSTIM.frequency };
  const w = newStartWeight(ctx.weights, ctx.asOf);
  if (w === null) {
    return {
      orders: [order],
      notes: ["Romiplostim 1 ug/kg weekly: no body weight from the last 6 months, so no dose in ug is proposed."],
      warnings: [{ code: "missing-weight", text: "No body weight recorded in the 6 months before the as-of date: romiplostim's dose in ug cannot be computed. Weigh the patient (or enter the weight)." }],
      dataUsed: [],
    };
  }
  const d = romiplostimDose(ROMIPLOSTIM.startUgPerKg, w);
  order.dose = { value: d.ug, unit: "ug" };
  order.doseArithmetic = d.arithmetic;
  order.weightUsed = { value: w.value, unit: "kg", date: w.date, source: w.source };
  return { orders: [order], notes: [`Romiplostim ${d.arithmetic} weekly (actual body weight ${describeWeight(w)}).`], warnings: [], dataUsed: [w.source] };
}

/** Eltrombopag 50 mg daily; 25 mg for East/SE-Asian ancestry or hepatic impairment; 12.5 mg when both (Promacta label). */
export function eltrombopagStart(ctx: StartContext): StartOrders {
  const asian = ctx.eastAsian === "yes";
  const both = asian && ctx.hepaticImpairment;
  // Ancestry undecided (OMB "Asian" only) with hepatic impairment: the lower step until the clinician answers.
  const maybeBoth = !asian && ctx.ombAsianOnly && ctx.hepaticImpairment;
  const reduced = asian || ctx.hepaticImpairment || ctx.ombAsianOnly;
  const mg = both || maybeBoth ? ELTROMBOPAG.bothReducedStartMg : reduced ? ELTROMBOPAG.reducedStartMg : ELTROMBOPAG.startMg;
  const why = both
    ? "12.5 mg: East-/Southeast-Asian ancestry and hepatic impairment both apply (consider 12.5 mg)."
    : maybeBoth
      ? "12.5 mg proposed: hepatic impairment, and the record says only 'Asian' (OMB 2028-9): ask whether the patient has East-/Southeast-Asian ancestry (both apply: consider 12.5 mg; hepatic impairment alone: 25 mg)."
      : asian
      ? "25 mg: East-/Southeast-Asian ancestry."
      : ctx.hepaticImpairment
        ? "25 mg: hepatic impairment."
        : ctx.ombAsianOnly
          ? "25 mg proposed because the record says only 'Asian' (OMB 2028-9), which also covers South Asian groups: ask whether the patient has East-/Southeast-Asian ancestry; 50 mg if not."
          : ctx.eastAsian === "unknown"
            ? "50 mg: ancestry is not recorded; use 25 mg for East-/Southeast-Asian ancestry."
            : "50 mg: standard starting dose.";
  const warnings: DoseWarning[] = [];
  if (ctx.ombAsianOnly && !asian) {
    warnings.push({ code: "ancestry-unknown", text: "Race is recorded only as 'Asian' (OMB 2028-9): ask whether the patient has East-/Southeast-Asian ancestry, which sets eltrombopag's starting dose at 25 mg instead of 50 mg." });
  }
  const order: Order = { agent: "eltrombopag", action: "start", dose: { value: mg, unit: "mg" }, route: ELTROMBOPAG.route, frequency: ELTROMBOPAG.frequency, note: `Take ${ELTROMBOPAG.administration}.` };
  return { orders: [order], notes: [`Eltrombopag (Promacta) ${mg} mg daily. ${why}`], warnings, dataUsed: [] };
}

/** Avatrombopag 20 mg once daily with food (Doptelet label). */
export function avatrombopagStart(): StartOrders {
  const a = START_ORDERS.avatrombopag;
  return { orders: [{ agent: "avatrombopag", action: "start", dose: { value: a.dose, unit: a.unit }, route: a.route, frequency: a.frequency }], notes: ["Avatrombopag 20 mg once daily with food."], warnings: [], dataUsed: [] };
}

/** Starting orders for the given TPO-RAs, in the given order. */
export function tpoRaStart(agents: readonly string[], ctx: StartContext): StartOrders {
  const parts = agents.map((a) => (a === "romiplostim" ? romiplostimStart(ctx) : a === "eltrombopag" ? eltrombopagStart(ctx) : avatrombopagStart()));
  return {
    orders: parts.flatMap((p) => p.orders),
    notes: parts.flatMap((p) => p.notes),
    warnings: parts.flatMap((p) => p.warnings),
    dataUsed: parts.flatMap((p) => p.dataUsed),
  };
}

/** Fostamatinib 100 mg twice daily (Tavalisse label). */
export function fostamatinibStart(): Order {
  const f = START_ORDERS.fostamatinib;
  return { agent: "fostamatinib", action: "start", dose: { value: f.dose, unit: f.unit }, route: f.route, frequency: f.frequency, note: f.note };
}

/** Rilzabrutinib 400 mg twice daily (Wayrilz label; verify). */
export function rilzabrutinibStart(): Order {
  const r = START_ORDERS.rilzabrutinib;
  return { agent: "rilzabrutinib", action: "start", dose: { value: r.dose, unit: r.unit }, route: r.route, frequency: r.frequency, note: r.note };
}

/** Body-surface area by Mosteller (1987): sqrt(height cm × weight kg / 3600), in m2 to 2 decimals. */
export function mostellerBsa(heightCm: number, weightKg: number): number {
  return Math.round(Math.sqrt((heightCm * weightKg) / 3600) * 100) / 100;
}

/**
 * Rituximab: 375 mg/m2 weekly x 4 (dose needs height and a weight from the last 6 months), or 1,000 mg x 2 two weeks
 * apart (ICR 2019).
 */
export function rituximabOrders(ctx: StartContext): StartOrders {
  const p = START_ORDERS.rituximabPerM2;
  const f = START_ORDERS.rituximabFixed;
  const perM2: Order = { agent: "rituximab", action: "start", route: p.route, frequency: p.frequency, duration: p.duration, note: `${p.dosePerM2} mg/m2 per dose.` };
  const fixed: Order = { agent: "rituximab", action: "start", dose: { value: f.dose, unit: f.unit }, route: f.route, frequency: f.frequency, duration: f.duration, note: "Alternative schedule (ICR 2019)." };
  const w = newStartWeight(ctx.weights, ctx.asOf);
  const h = [...ctx.heights].filter((x) => onOrBefore(x.date, ctx.asOf)).sort((a, b) => instant(a.date) - instant(b.date)).at(-1) ?? null;
  const warnings: DoseWarning[] = [];
  if (h === null) warnings.push({ code: "missing-height", text: "No height recorded: rituximab 375 mg/m2 cannot be computed (no dose proposed for that schedule)." });
  if (w === null) warnings.push({ code: "missing-weight", text: "No body weight from the last 6 months: rituximab 375 mg/m2 cannot be computed (no dose proposed for that schedule)." });
  if (h === null || w === null) return { orders: [perM2, fixed], notes: ["Rituximab 375 mg/m2 needs height and weight: dose left out."], warnings, dataUsed: [] };
  const bsa = mostellerBsa(h.value, w.value);
  const mg = Math.round(p.dosePerM2 * bsa);
  perM2.dose = { value: mg, unit: "mg" };
  perM2.doseArithmetic = `${p.dosePerM2} mg/m2 × ${bsa} m2 (Mosteller: √(${h.value} cm × ${w.value} kg / 3600); height ${day(h.date)}, weight ${day(w.date)}) = ${mg} mg`;
  perM2.weightUsed = { value: w.value, unit: "kg", date: w.date, source: w.source };
  return { orders: [perM2, fixed], notes: [`Rituximab ${perM2.doseArithmetic}, weekly x 4; or 1,000 mg x 2 two weeks apart.`], warnings, dataUsed: [h.source, w.source] };
}
