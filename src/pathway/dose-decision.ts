/**
 * What a dose table returns: one order plus the words and data behind it.
 */
import type { Order, WarningCode } from "../contract/evaluation.ts";
import { THRESHOLDS } from "../clinical/thresholds.ts";
import type { PlateletCount } from "../model/patient-model.ts";
import { day, daysBetween } from "./dates.ts";

export interface DoseWarning {
  readonly code: WarningCode;
  readonly text: string;
  readonly refs?: string[];
}

export interface DoseDecision {
  readonly order: Order;
  readonly rationale: string;
  readonly dataUsed: string[];
  readonly warnings: DoseWarning[];
  /** The dose has been unchanged for at least 4 weeks and stays unchanged (monthly counts). */
  readonly stable: boolean;
}

/**
 * A platelet count as shown to the clinician: whole numbers as they are, others to 0.1 ×10⁹/L (a generated or
 * converted 395.7318566 shows as 395.7). Display only: the rules compare the value as recorded.
 */
export function shownCount(value: number): number {
  return Number.isInteger(value) ? value : Math.round(value * 10) / 10;
}

/** "platelet count 42 ×10⁹/L on 2026-11-18", plus a freshness note when older than 14 days (notes section 4). */
export function describeCount(c: PlateletCount, asOf: string): string {
  const age = daysBetween(c.date, asOf);
  const stale = age > THRESHOLDS.doseCountFreshDays ? ` This count is ${age} days old: titration needs weekly counts, so re-check the count before acting.` : "";
  const reported = c.comparator === null ? `${shownCount(c.value)}` : `reported as ${c.comparator}${shownCount(c.value)}`;
  return `Latest platelet count ${reported} ×10⁹/L on ${day(c.date)}.${stale}`;
}

/** The count before the latest, when it is a weekly count (5-10 days earlier). */
export function previousWeekly(counts: readonly PlateletCount[], minDays: number, maxDays: number): PlateletCount | null {
  const latest = counts.at(-1);
  if (!latest) return null;
  for (let i = counts.length - 2; i >= 0; i--) {
    const c = counts[i];
    if (!c) continue;
    const gap = daysBetween(c.date, latest.date);
    if (gap >= minDays && gap <= maxDays) return c;
    if (gap > maxDays) return null;
  }
  return null;
}
