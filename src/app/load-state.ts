/**
 * The state the composition root hands to the UI: loading (with per-resource-type progress),
 * ready (model + evaluation + query log), or a friendly error kind. The UI imports only this file from src/app.
 */
import type { Evaluation } from "../contract/evaluation.ts";
import type { Overrides } from "../model/overrides.ts";
import type { PatientModel } from "../model/patient-model.ts";

/** One FHIR request the app made, kept in memory only (the URL names the patient; never logged or stored). */
export interface QueryLogEntry {
  readonly url: string;
  /** HTTP status of the (last) response; 0 when the network failed before a response. */
  readonly status: number;
  /** Resources in the response body (all pages of this request). */
  readonly resources: number;
  /** Wall time in milliseconds. */
  readonly ms: number;
}

/** Progress of one resource type while the record loads. */
export interface ResourceProgress {
  /** "Patient", "Observation:platelets", "MedicationRequest"... (one per search spec). */
  readonly resourceType: string;
  readonly status: "pending" | "done" | "failed";
  /** Resources received so far (grows page by page). */
  readonly count: number;
}

export type ErrorKind = "no-launch" | "auth-denied" | "session-expired" | "network" | "unexpected";

export type LoadState =
  | {
      readonly status: "loading";
      readonly progress: readonly ResourceProgress[];
      /** Normalised from what has arrived so far (e.g. platelets first), when anything has. */
      readonly partialModel?: PatientModel;
    }
  | {
      readonly status: "ready";
      readonly model: PatientModel;
      readonly evaluation: Evaluation;
      readonly queries: readonly QueryLogEntry[];
      /** YYYY-MM-DD: the date the evaluation is made for (the only clock read, in src/app). */
      readonly asOf: string;
      readonly overrides: Overrides;
    }
  | {
      readonly status: "error";
      readonly kind: ErrorKind;
      /** One sentence for the clinician, no stack trace. */
      readonly message: string;
      /** Server-provided detail (e.g. OAuth error_description, OperationOutcome text). */
      readonly detail?: string;
      /** Where to relaunch (launch.html?iss=...), when the FHIR server is known. */
      readonly relaunchUrl?: string;
    };
