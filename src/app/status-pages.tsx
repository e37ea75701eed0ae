/**
 * The launch page's friendly failure pages (no iss, bad smart-config.json, authorization server unreachable,
 * PKCE S256 not offered). They reuse the app's ErrorView so both pages look and read the same; the app page shows
 * its errors through App (src/ui/app-shell.tsx) from the LoadState built in load-errors.ts.
 */
import type { JSX } from "react";
import { toErrorMessage } from "../fhir/errors.ts";
import { MissingIssError } from "../smart/authorize-params.ts";
import { SmartConfigError } from "../smart/config.ts";
import { StorageBlockedError } from "../smart/storage-check.ts";
import { ErrorView } from "../ui/error-view.tsx";
import type { ErrorState } from "./load-errors.ts";

/** What the launch page shows: the error, and for a blocked frame the same launch to open in a window of its own. */
export interface LaunchStatus {
  readonly state: ErrorState;
  readonly newWindowUrl?: string;
}

/**
 * @param error - what the storage check, reading the config or `FHIR.oauth2.authorize` threw
 * @param pageUrl - the launch page URL (its `iss`, when present, feeds the "try again" link)
 * @param storageProblem - why sessionStorage is unusable in this frame, or null; when set, any launch failure also
 *   offers the same launch in a window of its own (first-party), the last resort behind src/smart/frame-storage.ts
 */
export function launchStatus(error: unknown, pageUrl: URL, storageProblem: string | null = null): LaunchStatus {
  if (error instanceof StorageBlockedError) {
    const message =
      "This browser blocks storage for apps embedded in another site, and the SMART launch needs it to keep its session. " +
      "Open ITP Navigator in its own window to continue.";
    return { state: { status: "error", kind: "unexpected", message, detail: error.reason }, newWindowUrl: pageUrl.href };
  }
  const state = launchErrorState(error, pageUrl);
  return storageProblem !== null && pageUrl.searchParams.has("iss") ? { state, newWindowUrl: pageUrl.href } : { state };
}

/**
 * @param error - what reading the config or `FHIR.oauth2.authorize` threw
 * @param pageUrl - the launch page URL (its `iss`, when present, feeds the "try again" link)
 */
export function launchErrorState(error: unknown, pageUrl: URL): ErrorState {
  if (error instanceof MissingIssError) {
    return {
      status: "error",
      kind: "no-launch",
      message:
        "This launch page was opened without a FHIR server. Open ITP Navigator from a patient's chart in the EHR, " +
        "or start a standalone launch with launch.html?iss=<FHIR server base URL>.",
    };
  }
  if (error instanceof SmartConfigError) {
    return { status: "error", kind: "unexpected", message: "ITP Navigator's launch configuration is invalid; tell the app's administrator.", detail: error.message };
  }
  const iss = pageUrl.searchParams.get("iss");
  const again = iss ? { relaunchUrl: pageUrl.href } : {};
  if (/PKCE|S256/.test(toErrorMessage(error))) {
    return { status: "error", kind: "auth-denied", message: "The EHR's authorization server does not offer PKCE (S256), which ITP Navigator requires.", detail: toErrorMessage(error), ...again };
  }
  return { status: "error", kind: "network", message: "The EHR's SMART configuration could not be read.", detail: toErrorMessage(error), ...again };
}

export interface StatusPageProps {
  /** The failure to show. */
  readonly state: ErrorState;
  /** A URL to open in a new top-level window (the launch again, outside the EHR's frame). */
  readonly newWindowUrl?: string;
}

/** A whole-page status message: one heading, the reason, server detail and a relaunch link when known. */
export function StatusPage({ state, newWindowUrl }: StatusPageProps): JSX.Element {
  return (
    <main className="itp-app">
      <ErrorView kind={state.kind} message={state.message} {...(state.detail ? { detail: state.detail } : {})} {...(state.relaunchUrl ? { relaunchUrl: state.relaunchUrl } : {})} />
      {newWindowUrl !== undefined && (
        <p>
          <a className="button-link" href={newWindowUrl} target="_blank" rel="noopener noreferrer">
            Open ITP Navigator in a new window
          </a>
        </p>
      )}
    </main>
  );
}
