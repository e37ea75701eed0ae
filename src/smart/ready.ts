/**
 * The app page's side of the launch: check the redirect and the session, then `FHIR.oauth2.ready()`
 * (token exchange with the PKCE verifier; fhirclient verifies `state` and removes `code`/`state` from the
 * address bar with history.replaceState). Every failure becomes a LaunchProblemError with a kind.
 * See http://docs.smarthealthit.org/client-js/api.html#fhiroauth2readyonsuccess-onerror
 */
import type Client from "fhirclient/lib/Client";
import { fallbackStorage, forgetFrameState } from "./frame-storage.ts";
import { smartApi } from "./smart-api.ts";
import { inspectCallback, LaunchProblemError, type LaunchProblem } from "./session.ts";

/**
 * Maps what `ready()` threw to a launch problem. fhirclient's HttpError (from the token endpoint) carries
 * `status` and a message ending with the server's `error: error_description`.
 * @param error - anything `ready()` rejected with
 * @param iss - the FHIR server, when known
 */
export function classifyReadyError(error: unknown, iss?: string): LaunchProblem {
  const where = iss ? { iss } : {};
  const message = error instanceof Error ? error.message : String(error);
  const status = typeof error === "object" && error !== null && "status" in error ? Number(error.status) : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    const detail = message.split("\n").slice(2).join(" ").trim() || `HTTP ${status}`;
    return { kind: "auth-denied", message: "The authorization server refused to issue an access token.", detail, ...where };
  }
  if (status !== undefined) {
    return { kind: "network", message: "The authorization server failed while issuing an access token.", detail: `HTTP ${status}`, ...where };
  }
  if (error instanceof TypeError) {
    return { kind: "network", message: "The authorization server could not be reached.", detail: message, ...where };
  }
  if (/state/i.test(message) && /launch/i.test(message)) {
    return { kind: "session-expired", message: "The session for this launch is no longer available.", ...where };
  }
  return { kind: "unexpected", message: "The launch could not be completed.", detail: message, ...where };
}

/** The part of `FHIR.oauth2` used here (a seam for tests: fhirclient caches the page URL per adapter). */
export interface SmartOAuth2 {
  ready(): Promise<Client>;
}

/**
 * Completes the SMART launch on the app page.
 * @param oauth2 - fhirclient's `FHIR.oauth2` (default)
 * @returns the authorized fhirclient Client
 * @throws LaunchProblemError for every failure
 */
export async function completeLaunch(oauth2: SmartOAuth2 = smartApi()): Promise<Client> {
  const storage = fallbackStorage() ?? window.sessionStorage;
  const problem = inspectCallback(new URL(window.location.href), storage, Date.now() / 1000);
  if (problem) {
    throw new LaunchProblemError(problem);
  }
  try {
    const client = await oauth2.ready();
    forgetFrameState();
    return client;
  } catch (error) {
    throw new LaunchProblemError(classifyReadyError(error));
  }
}
