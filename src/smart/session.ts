/**
 * Reads the redirect URL and fhirclient's session (sessionStorage) before `ready()`, so that each way a launch
 * can fail gets its own friendly page instead of fhirclient's generic assertion text.
 * fhirclient keeps its state as JSON: sessionStorage["SMART_KEY"] = "<state key>", sessionStorage[<key>] = state.
 * See https://build.fhir.org/ig/HL7/smart-app-launch/app-launch.html#response-5 (error redirect).
 */

/** What can go wrong between the launch and the first FHIR request. */
export type LaunchProblemKind = "no-launch" | "auth-denied" | "session-expired" | "network" | "unexpected";

export interface LaunchProblem {
  readonly kind: LaunchProblemKind;
  /** One sentence for the clinician. */
  readonly message: string;
  /** Server-provided detail (OAuth error and error_description, HTTP status text). */
  readonly detail?: string;
  /** The FHIR server base URL, when known, for a relaunch link. */
  readonly iss?: string;
}

/** A launch problem as an Error, so it can travel through promise chains. */
export class LaunchProblemError extends Error {
  override readonly name = "LaunchProblemError";
  constructor(readonly problem: LaunchProblem) {
    super(problem.detail ? `${problem.message} (${problem.detail})` : problem.message);
  }
}

/** The storage reads this module needs (sessionStorage in the browser). */
export interface KeyValueReader {
  getItem(key: string): string | null;
}

interface StoredState {
  readonly serverUrl?: unknown;
  readonly expiresAt?: unknown;
  readonly tokenResponse?: { readonly access_token?: unknown; readonly refresh_token?: unknown };
}

function readJson(storage: KeyValueReader, key: string): unknown {
  const raw = storage.getItem(key);
  if (raw === null) {
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function storedState(storage: KeyValueReader, key: string | null): StoredState | undefined {
  if (!key) {
    return undefined;
  }
  const state = readJson(storage, key);
  return state !== null && typeof state === "object" ? (state as StoredState) : undefined;
}

function issOf(state: StoredState | undefined): { iss?: string } {
  return typeof state?.serverUrl === "string" ? { iss: state.serverUrl } : {};
}

/**
 * Pure check of the app page's URL and the SMART session, before calling `FHIR.oauth2.ready()`.
 * @param url - the app page URL (after the authorization server's redirect, or a reload)
 * @param storage - sessionStorage (or a stand-in in tests)
 * @param nowSeconds - the current time in epoch seconds (token expiry)
 * @returns the problem to show, or null when ready() should proceed
 */
export function inspectCallback(url: URL, storage: KeyValueReader, nowSeconds: number): LaunchProblem | null {
  const params = url.searchParams;
  const stateParam = params.get("state");
  const smartKey = readJson(storage, "SMART_KEY");
  const key = stateParam ?? (typeof smartKey === "string" ? smartKey : null);
  const state = storedState(storage, key);
  const error = params.get("error");
  const description = params.get("error_description");
  if (error || description) {
    const detail = [error, description].filter(Boolean).join(": ");
    // The server's words go in the message too: they are what the clinician (or the EHR's support) needs to see.
    return { kind: "auth-denied", message: `The authorization server did not authorize ITP Navigator (${detail}).`, detail, ...issOf(state) };
  }
  if (!key) {
    return { kind: "no-launch", message: "ITP Navigator was opened without a SMART launch." };
  }
  if (!state) {
    return { kind: "session-expired", message: "The session for this launch is no longer available in this tab." };
  }
  const token = state.tokenResponse?.access_token;
  const refresh = state.tokenResponse?.refresh_token;
  if (!params.get("code") && typeof token !== "string") {
    return { kind: "session-expired", message: "The authorization for this launch was not completed.", ...issOf(state) };
  }
  if (typeof token === "string" && typeof state.expiresAt === "number" && state.expiresAt < nowSeconds && typeof refresh !== "string") {
    return { kind: "session-expired", message: "The session has expired.", ...issOf(state) };
  }
  return null;
}
