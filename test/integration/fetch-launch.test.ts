// @vitest-environment happy-dom
/**
 * The SMART launch through the real fhirclient in happy-dom with msw as the authorization server:
 * authorize (our params, PKCE S256) -> redirect back with code and state -> completeLaunch() (token exchange with the
 * verifier, state checked, code and state removed from the address bar) -> a client with the patient in context.
 */
import BrowserAdapter from "fhirclient/lib/adapters/BrowserAdapter";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { authorizeParams } from "../../src/smart/authorize-params.ts";
import { parseSmartConfig } from "../../src/smart/config.ts";
import { completeLaunch } from "../../src/smart/ready.ts";
import type { LaunchProblemError } from "../../src/smart/session.ts";
import { fakeAuthServer } from "../msw/fake-auth-server.ts";

const ISS = "https://ehr.example.test/fhir";
const APP = "https://app.example.test/itp";
const config = parseSmartConfig('{"default":{"clientId":"itp-navigator"}}');
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  sessionStorage.clear();
});
afterAll(() => server.close());

/**
 * A page load at `url`: fhirclient's BrowserAdapter caches the page URL when first asked (the browser entry makes
 * one adapter per page), so each simulated page gets a fresh adapter, as `FHIR.oauth2` would be in a real page.
 */
function loadPage(url: string): ReturnType<BrowserAdapter["getSmartApi"]> {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  return new BrowserAdapter().getSmartApi();
}

/** On the app page: completeLaunch() in a fresh page load at `url`. */
async function appPage(url: string) {
  return completeLaunch(loadPage(url));
}
const problemOf = (error: unknown) => (error as LaunchProblemError).problem;

/** Runs authorize with our params (noRedirect, to read the URL) and returns the authorization request. */
async function authorizeRequest(query: string, methods?: string[]): Promise<{ url: URL; auth: ReturnType<typeof fakeAuthServer> }> {
  const auth = fakeAuthServer(ISS, { access_token: "tok", token_type: "bearer", expires_in: 3600, patient: "p1", scope: "launch patient/*.rs" }, methods);
  server.use(...auth.handlers);
  const oauth2 = loadPage(`${APP}/launch.html${query}`);
  const params = authorizeParams(new URL(window.location.href), config);
  const url = new URL(String(await oauth2.authorize({ ...params, noRedirect: true })));
  return { url, auth };
}

describe("SMART launch with fhirclient", () => {
  it("EHR launch: PKCE S256, launch and scopes sent; the callback yields a client for the patient and a clean URL", async () => {
    const { url, auth } = await authorizeRequest(`?iss=${encodeURIComponent(ISS)}&launch=L1`);
    expect(url.origin + url.pathname).toBe("https://ehr.example.test/auth/authorize");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("launch")).toBe("L1");
    expect(url.searchParams.get("aud")).toBe(ISS);
    expect(url.searchParams.get("redirect_uri")).toBe(`${APP}/index.html`);
    expect(url.searchParams.get("scope")?.split(" ")).toContain("launch");

    const code = auth.issueCode(url.searchParams.get("code_challenge") ?? "", `${APP}/index.html`);
    const client = await appPage(`${APP}/index.html?code=${code}&state=${url.searchParams.get("state")}`);

    expect(client.patient.id).toBe("p1");
    expect(auth.tokenRequests).toHaveLength(1);
    expect(window.location.search).toBe("");
  });

  it("reload after the launch: the session in sessionStorage is reused without a new token request", async () => {
    const { url, auth } = await authorizeRequest(`?iss=${encodeURIComponent(ISS)}&launch=L1`);
    const code = auth.issueCode(url.searchParams.get("code_challenge") ?? "", `${APP}/index.html`);
    await appPage(`${APP}/index.html?code=${code}&state=${url.searchParams.get("state")}`);
    const again = await appPage(`${APP}/index.html`);
    expect(again.patient.id).toBe("p1");
    expect(auth.tokenRequests).toHaveLength(1);
  });

  it("error redirect: auth-denied with the server's error and description, and the iss for a relaunch", async () => {
    const { url } = await authorizeRequest(`?iss=${encodeURIComponent(ISS)}&launch=L1`);
    const error = await appPage(`${APP}/index.html?error=access_denied&error_description=The%20user%20declined&state=${url.searchParams.get("state")}`).catch((e: unknown) => e);
    expect((error as Error).name).toBe("LaunchProblemError");
    expect(problemOf(error)).toMatchObject({ kind: "auth-denied", detail: "access_denied: The user declined", iss: ISS });
  });

  it("a code whose PKCE verifier does not match: auth-denied with invalid_grant", async () => {
    const { url, auth } = await authorizeRequest(`?iss=${encodeURIComponent(ISS)}`);
    const code = auth.issueCode("not-the-challenge", `${APP}/index.html`);
    const error = await appPage(`${APP}/index.html?code=${code}&state=${url.searchParams.get("state")}`).catch((e: unknown) => e);
    expect(problemOf(error)).toMatchObject({ kind: "auth-denied", detail: expect.stringMatching(/invalid_grant: PKCE verification failed/) });
  });

  it("a state that is not this tab's: session-expired, no token request", async () => {
    const { auth } = await authorizeRequest(`?iss=${encodeURIComponent(ISS)}`);
    const error = await appPage(`${APP}/index.html?code=x&state=forged`).catch((e: unknown) => e);
    expect(problemOf(error).kind).toBe("session-expired");
    expect(auth.tokenRequests).toHaveLength(0);
  });

  it("opened directly: no-launch", async () => {
    const error = await appPage(`${APP}/index.html`).catch((e: unknown) => e);
    expect(problemOf(error).kind).toBe("no-launch");
  });

  it("standalone launch asks launch/patient; a server without S256 is refused", async () => {
    const { url } = await authorizeRequest(`?iss=${encodeURIComponent(ISS)}`);
    expect(url.searchParams.get("scope")?.split(" ")).toContain("launch/patient");
    expect(url.searchParams.has("launch")).toBe(false);
    await expect(authorizeRequest(`?iss=${encodeURIComponent(ISS)}`, ["plain"])).rejects.toThrow(/S256/);
  });
});
