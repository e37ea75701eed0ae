/**
 * Operational refractory status (clinical notes section 1, "Operational status used by ITP Navigator"):
 * multirefractory > refractory > insufficient-data > not-refractory.
 */
import { MULTIREFRACTORY_SET, SECOND_LINE_AGENTS } from "../clinical/windows.ts";

export type RefractoryStatus = "not-refractory" | "refractory" | "multirefractory" | "insufficient-data";

/** What refractory status needs to know about one therapy. */
export interface RefractoryTherapy {
  readonly agent: string;
  readonly start: string | null;
  readonly failed: boolean;
  /** Its assessment window has passed (TPO-RA: 4 weeks at the maximum dose). */
  readonly windowPassed: boolean;
  /** Number of counts that judge it. */
  readonly judgedCounts: number;
}

const SECOND_LINE = new Set<string>(SECOND_LINE_AGENTS);

/**
 * @param therapies - judged therapies
 * @param hasAnyCount - at least one valid platelet count exists
 * @param hidden - why the record may hide a failed second-line therapy (a resource type that could show one could not
 *   be read: data-gaps.ts), or null. It makes the status `insufficient-data` unless a visible line has failed.
 * @returns the status and a one-line reason
 */
export function refractoryStatus(therapies: readonly RefractoryTherapy[], hasAnyCount: boolean, hidden: string | null = null): { status: RefractoryStatus; reason: string; byGaps?: true } {
  const failed = new Set(therapies.filter((t) => t.failed).map((t) => t.agent));
  if (MULTIREFRACTORY_SET.every((a) => failed.has(a))) {
    return { status: "multirefractory", reason: "splenectomy, rituximab, romiplostim and eltrombopag have all failed (Mahévas 2016)" };
  }
  const failedSecond = [...failed].filter((a) => SECOND_LINE.has(a));
  if (failedSecond.length > 0) return { status: "refractory", reason: `failed second-line therapy: ${failedSecond.join(", ")}` };
  if (hidden !== null) return { status: "insufficient-data", reason: `no visible second-line therapy has failed, but ${hidden}`, byGaps: true };
  if (!hasAnyCount) return { status: "insufficient-data", reason: "no platelet count is recorded" };
  const unjudged = therapies.filter((t) => SECOND_LINE.has(t.agent) && t.windowPassed && t.judgedCounts === 0);
  if (unjudged.length > 0) {
    return { status: "insufficient-data", reason: `no platelet count judges ${unjudged.map((t) => t.agent).join(", ")} after its assessment window` };
  }
  return { status: "not-refractory", reason: "no second-line therapy has failed" };
}
