/**
 * Benefit/harm rows (clinical notes section 7) attached to recommendations; several agents are joined per column.
 */
import { BENEFIT_HARM } from "../clinical/benefit-harm.ts";
import type { Recommendation } from "../contract/evaluation.ts";

/**
 * @param keys - agents or option codes with a row in the table
 * @returns the joined row, or undefined when none of the keys has one
 */
export function benefitHarm(...keys: string[]): Recommendation["benefitHarm"] {
  const rows = keys.map((k) => [k, BENEFIT_HARM[k]] as const).filter((r): r is readonly [string, NonNullable<(typeof BENEFIT_HARM)[string]>] => r[1] !== undefined);
  if (rows.length === 0) return undefined;
  const col = (f: keyof NonNullable<(typeof BENEFIT_HARM)[string]>): string =>
    rows.length === 1 ? (rows[0]?.[1][f] ?? "") : rows.map(([k, r]) => `${k}: ${r[f]}`).join("; ");
  return { response: col("response"), timeToResponse: col("timeToResponse"), durability: col("durability"), commonAdverse: col("commonAdverse"), seriousAdverse: col("seriousAdverse") };
}
