/**
 * The facts every later rule reads, computed once by evaluate.ts.
 */
import type { SecondaryCause } from "../contract/evaluation.ts";
import type { Measurement, PatientModel, PlateletCount } from "../model/patient-model.ts";
import type { Applicability } from "./applicability.ts";
import type { BleedingState } from "./bleeding.ts";
import type { DataGap } from "./data-gaps.ts";
import type { Phase } from "./phase.ts";
import type { RefractoryStatus } from "./refractory.ts";
import type { StartContext } from "./start-orders.ts";
import type { AssessedTherapy } from "./therapies.ts";

export interface PathwayState {
  readonly asOf: string;
  readonly model: PatientModel;
  readonly applicability: Applicability;
  readonly phase: Phase;
  readonly counts: readonly PlateletCount[];
  readonly latest: PlateletCount | null;
  /** A newer count reported only as "<x" (platelets.ts newerUpperBound), or null. */
  readonly bound: PlateletCount | null;
  readonly bleeding: BleedingState;
  readonly therapies: readonly AssessedTherapy[];
  readonly refractory: RefractoryStatus;
  /** One line: why the status (refractory.ts). */
  readonly refractoryReason: string;
  /** The status is `insufficient-data` only because a record that could show a failed line could not be read. */
  readonly refractoryByGaps: boolean;
  /** Resource types the EHR could not give (data-gaps.ts). */
  readonly gaps: readonly DataGap[];
  readonly secondaryCauses: readonly SecondaryCause[];
  readonly hepaticImpairment: boolean;
  readonly weights: readonly Measurement[];
  readonly start: StartContext;
}
