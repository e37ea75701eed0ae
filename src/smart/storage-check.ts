/**
 * fhirclient keeps the launch state (PKCE verifier, state key, token) in sessionStorage across the redirect to the
 * authorization server. Browsers that block third-party storage (Chromium with third-party cookies blocked) refuse
 * sessionStorage to an app framed by an EHR on another site ("Access is denied for this document"); the launch then
 * cannot work in the frame, but works in a window of its own (first-party).
 * See https://developers.google.com/privacy-sandbox/cookies/storage-partitioning
 */

/** The launch cannot keep its state in this frame. */
export class StorageBlockedError extends Error {
  override readonly name = "StorageBlockedError";
  constructor(readonly reason: string) {
    super(`This browser does not let ITP Navigator keep its session here: ${reason}`);
  }
}

/**
 * @param getStorage - reads `window.sessionStorage` (a getter, because the read itself throws when blocked)
 * @returns null when sessionStorage can be written and read back, else the browser's reason
 */
export function sessionStorageProblem(getStorage: () => Storage): string | null {
  try {
    const storage = getStorage();
    const key = "itp-navigator-storage-check";
    storage.setItem(key, "1");
    const ok = storage.getItem(key) === "1";
    storage.removeItem(key);
    return ok ? null : "sessionStorage did not keep a value";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
