import { describe, expect, it } from "vitest";
import { inspectCallback, type KeyValueReader } from "./session.ts";

const ISS = "http://127.0.0.1:8480/fhir";
const NOW = 1_800_000_000;

function storage(entries: Record<string, unknown>): KeyValueReader {
  return { getItem: (k) => (k in entries ? JSON.stringify(entries[k]) : null) };
}
const url = (q: string): URL => new URL(`https://app.example/index.html${q}`);
const authorizedState = { serverUrl: ISS, tokenResponse: { access_token: "t" }, expiresAt: NOW + 300 };

describe("inspectCallback", () => {
  it("no state anywhere: no-launch", () => {
    expect(inspectCallback(url(""), storage({}), NOW)).toMatchObject({ kind: "no-launch" });
  });

  it("error redirect: auth-denied with the server's error and error_description, and the iss of the state", () => {
    const p = inspectCallback(
      url("?error=access_denied&error_description=User%20declined&state=k1"),
      storage({ k1: { serverUrl: ISS } }),
      NOW,
    );
    expect(p).toMatchObject({ kind: "auth-denied", detail: "access_denied: User declined", iss: ISS });
  });

  it("state in URL but not in this tab's storage: session-expired without iss", () => {
    const p = inspectCallback(url("?code=c&state=k1"), storage({}), NOW);
    expect(p).toMatchObject({ kind: "session-expired" });
    expect(p?.iss).toBeUndefined();
  });

  it("code and state with a stored state: proceed", () => {
    expect(inspectCallback(url("?code=c&state=k1"), storage({ k1: { serverUrl: ISS, tokenResponse: {} } }), NOW)).toBeNull();
  });

  it("reload after the code was removed: proceed with the stored token", () => {
    expect(inspectCallback(url(""), storage({ SMART_KEY: "k1", k1: authorizedState }), NOW)).toBeNull();
  });

  it("back to the app before the authorization finished: session-expired with iss", () => {
    const p = inspectCallback(url(""), storage({ SMART_KEY: "k1", k1: { serverUrl: ISS, tokenResponse: {} } }), NOW);
    expect(p).toMatchObject({ kind: "session-expired", iss: ISS });
  });

  it.each([
    ["expired, no refresh token: session-expired", { access_token: "t" }, NOW - 1, "session-expired"],
    ["expired, refresh token: proceed (fhirclient refreshes)", { access_token: "t", refresh_token: "r" }, NOW - 1, null],
    ["not expired: proceed", { access_token: "t" }, NOW + 1, null],
  ])("%s", (_name, tokenResponse, expiresAt, kind) => {
    const p = inspectCallback(url(""), storage({ SMART_KEY: "k1", k1: { serverUrl: ISS, tokenResponse, expiresAt } }), NOW);
    expect(p?.kind ?? null).toBe(kind);
  });
});
