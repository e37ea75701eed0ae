/**
 * Storage for fhirclient that survives a cross-site iframe whose browser denies it sessionStorage.
 *
 * Chromium (and Safari) deny storage to third-party frames when third-party cookies are blocked, and EHRs frame
 * SMART apps cross-site. fhirclient keeps its OAuth state (state key, PKCE code_verifier, token response) in
 * sessionStorage, so it fails there with "Access is denied for this document".
 * Fallback: keep everything in memory, and carry only what must cross the authorization redirect (the state
 * key and the authorization request: never a token) in this frame's `window.name`, which survives navigation in
 * the same frame. `window.name` is cleared as soon as the code has been exchanged (see `forgetFrameState`).
 * See docs/decisions/0006-storage-in-cross-site-frames.md.
 */

import { sessionStorageProblem } from "./storage-check.ts";

const PREFIX = "itp-navigator-oauth:";

/** The subset of a window this module needs (injectable for tests). */
export interface FrameWindow {
  name: string;
  readonly sessionStorage: Storage;
}

/** fhirclient's storage interface. */
export interface AsyncStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<unknown>;
  unset(key: string): Promise<boolean>;
}

/** Removes token material before a value is written to `window.name`. */
function withoutTokens(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const { tokenResponse: _t, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  return value;
}

/** In-memory storage mirrored (without tokens) into `window.name` until `forgetFrameState` is called. */
export class FrameNameStorage implements AsyncStorage {
  private readonly data = new Map<string, unknown>();
  private mirror = true;

  constructor(private readonly win: FrameWindow) {
    if (win.name.startsWith(PREFIX)) {
      try {
        const saved = JSON.parse(win.name.slice(PREFIX.length)) as Record<string, unknown>;
        for (const [k, v] of Object.entries(saved)) this.data.set(k, v);
      } catch {
        win.name = "";
      }
    }
  }

  async get(key: string): Promise<unknown> {
    return this.data.has(key) ? this.data.get(key) : null;
  }

  async set(key: string, value: unknown): Promise<unknown> {
    this.data.set(key, value);
    this.persist();
    return value;
  }

  async unset(key: string): Promise<boolean> {
    const had = this.data.delete(key);
    this.persist();
    return had;
  }

  /** Synchronous read as JSON text, like sessionStorage.getItem (for the pre-ready session check). */
  getItem(key: string): string | null {
    return this.data.has(key) ? JSON.stringify(this.data.get(key)) : null;
  }

  /** Stops mirroring and clears `window.name`: from now on the session lives in this page's memory only. */
  forget(): void {
    this.mirror = false;
    this.win.name = "";
  }

  private persist(): void {
    if (!this.mirror) return;
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.data) out[k] = withoutTokens(v);
    this.win.name = PREFIX + JSON.stringify(out);
  }
}

let fallback: FrameNameStorage | undefined;

/**
 * The storage fhirclient should use in this window: null to keep fhirclient's own sessionStorage, or the
 * frame-name fallback when sessionStorage is denied.
 * @param win - the window (default: the global one)
 */
export function fallbackStorage(win: FrameWindow = window): FrameNameStorage | null {
  if (sessionStorageProblem(() => win.sessionStorage) === null) return null;
  fallback ??= new FrameNameStorage(win);
  return fallback;
}

/** After the token exchange: clear the OAuth state from `window.name` (no-op with sessionStorage). */
export function forgetFrameState(): void {
  fallback?.forget();
}
