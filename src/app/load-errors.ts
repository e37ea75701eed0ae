/**
 * Maps anything the load can throw to the `error` LoadState the UI shows: a kind, one sentence, the server's
 * detail without stack traces, and a relaunch link when the FHIR server is known.
 */
import { FhirHttpError, SessionExpiredError, toErrorMessage } from "../fhir/errors.ts";
import { LaunchProblemError } from "../smart/session.ts";
import type { LoadState } from "./load-state.ts";

export type ErrorState = Extract<LoadState, { status: "error" }>;

/**
 * The launch page URL for a FHIR server, next to the app page (standalone launch: `launch.html?iss=...`).
 * @param iss - FHIR base URL
 * @param pageUrl - the app page URL
 */
export function relaunchUrl(iss: string, pageUrl: URL): string {
  const url = new URL("launch.html", pageUrl);
  url.search = new URLSearchParams({ iss }).toString();
  return url.href;
}

/** Thrown by the loader when the launch context names no patient. */
export class NoPatientContextError extends Error {
  override readonly name = "NoPatientContextError";
  constructor() {
    super("The launch did not select a patient.");
  }
}

/**
 * @param error - what the launch, fetch, normalise or evaluate step threw
 * @param pageUrl - the app page URL (for the relaunch link)
 * @param iss - the FHIR server, when known from the client
 */
export function toErrorState(error: unknown, pageUrl: URL, iss?: string): ErrorState {
  const relaunch = (server: string | undefined): { relaunchUrl?: string } => (server ? { relaunchUrl: relaunchUrl(server, pageUrl) } : {});
  if (error instanceof LaunchProblemError) {
    const { kind, message, detail } = error.problem;
    const extra = kind === "no-launch" ? " Open it from a patient's chart in the EHR, or start a standalone launch with launch.html?iss=<FHIR server base URL>." : "";
    return { status: "error", kind, message: message + extra, ...(detail ? { detail } : {}), ...relaunch(error.problem.iss ?? iss) };
  }
  if (error instanceof NoPatientContextError) {
    return { status: "error", kind: "no-launch", message: `${error.message} Open ITP Navigator from a patient's chart.`, ...relaunch(iss) };
  }
  if (error instanceof SessionExpiredError) {
    const detail = error.outcome;
    return { status: "error", kind: "session-expired", message: "The FHIR server no longer accepts this session's access token.", ...(detail ? { detail } : {}), ...relaunch(iss) };
  }
  if (error instanceof FhirHttpError) {
    return { status: "error", kind: "network", message: "The FHIR server could not give the patient record.", detail: toErrorMessage(error), ...relaunch(iss) };
  }
  return { status: "error", kind: "unexpected", message: "The patient record could not be evaluated.", detail: toErrorMessage(error) };
}
