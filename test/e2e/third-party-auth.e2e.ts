/**
 * The app launched from a third-party SMART authorization server (issue 2): the sandbox serves its FHIR data open
 * (`/open/fhir`), and an independent SMART server + proxy (support/third-party-as.ts) sits in front of it, the way
 * the SMART App Launcher fronts an open server. Standalone launch, EHR launch (launch id -> patient), and the
 * SMART v1 scope setting (`"scopeVersion": "v1"` in smart-config.json). Runs against the production build (`dist/`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { startSandbox, type Sandbox } from "../../sandbox/server.ts";
import { launchBrowser, screenshot } from "./browser.ts";
import { startThirdPartyAs, type ThirdPartyAs } from "./support/third-party-as.ts";

let sandbox: Sandbox;
let as: ThirdPartyAs;
let browser: Browser;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, app: "dist" });
  as = await startThirdPartyAs({ upstream: sandbox.openFhirBase, patient: "itp-romiplostim-needs-increase" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await as?.close();
  await sandbox?.close();
});

interface Seen { readonly url: string; readonly authorization: string | undefined }

/** A fresh context and page, with every request the browser makes recorded (URL and Authorization header). */
async function newPage(): Promise<{ context: BrowserContext; page: Page; seen: Seen[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen: Seen[] = [];
  page.on("pageerror", (e) => {
    throw e;
  });
  page.on("request", (r) => seen.push({ url: r.url(), authorization: r.headers()["authorization"] }));
  as.requests.length = 0;
  return { context, page, seen };
}

async function bodyText(page: Page, expected: string): Promise<string> {
  await expect.poll(async () => page.locator("body").innerText(), { timeout: 20_000 }).toContain(expected);
  return page.locator("body").innerText();
}

/** The data went only through the third-party proxy, every FHIR data request with a valid token. */
function expectDataOnlyThroughProxy(seen: Seen[]): void {
  const sandboxFhir = seen.filter((s) => s.url.startsWith(sandbox.fhirBase) || s.url.startsWith(sandbox.openFhirBase));
  expect(sandboxFhir, "no request reached the sandbox's own FHIR endpoints").toEqual([]);
  const data = seen.filter((s) => s.url.startsWith(as.fhirBase + "/") && !/\/(metadata|\.well-known\/)/.test(s.url));
  expect(data.length).toBeGreaterThanOrEqual(5);
  expect(data.filter((s) => !/^Bearer \S+$/.test(s.authorization ?? "")), "browser requests without a Bearer token").toEqual([]);
  const proxied = as.requests.filter((r) => r.path.startsWith("/fhir/") && !/^\/fhir\/(metadata|\.well-known\/)/.test(r.path));
  expect(proxied.length).toBeGreaterThanOrEqual(5);
  expect(proxied.filter((r) => !r.bearer), "proxy requests without a valid token").toEqual([]);
  expect(as.requests.some((r) => r.method === "POST" && r.path === "/token")).toBe(true);
}

describe("launch from a third-party SMART authorization server in front of the open FHIR base", () => {
  it("standalone: the AS's pre-selected patient, data only through the proxy, v2 scopes", async () => {
    const { context, page, seen } = await newPage();
    await page.goto(`${sandbox.appOrigin}/launch.html?iss=${encodeURIComponent(as.fhirBase)}`);
    const text = await bodyText(page, "Daniel Okafor");
    expect(text).toMatch(/Latest platelets\s*32\b/);
    expectDataOnlyThroughProxy(seen);
    const scopes = (as.lastScope ?? "").split(" ");
    expect(scopes).toContain("launch/patient");
    expect(scopes).toContain("patient/Observation.rs");
    expect(scopes).not.toContain("launch");
    expect(new URL(page.url()).search, "no code or state left in the address").toBe("");
    await screenshot(page, "third-party-as-1280");
    await context.close();
  });

  it("EHR launch: the launch id maps to another patient than the pre-selected one", async () => {
    const { context, page, seen } = await newPage();
    const launch = as.createLaunch("itp-multirefractory");
    await page.goto(`${sandbox.appOrigin}/launch.html?iss=${encodeURIComponent(as.fhirBase)}&launch=${launch}`);
    const text = await bodyText(page, "Margaret Doyle");
    expect(text).toMatch(/Latest platelets\s*21\b/);
    expect(text).not.toContain("Daniel Okafor");
    expectDataOnlyThroughProxy(seen);
    const scopes = (as.lastScope ?? "").split(" ");
    expect(scopes).toContain("launch");
    expect(scopes).not.toContain("launch/patient");
    await context.close();
  });

  it('SMART v1: with "scopeVersion": "v1" the app asks patient/X.read and still shows the patient', async () => {
    const { context, page, seen } = await newPage();
    const config = { default: { clientId: "itp-navigator", scopeVersion: "v1", redirectUri: "./index.html", openid: true } };
    // Only the launch page reads the config. Unroute once it is served: while any route is active, Playwright answers
    // CORS preflights itself, which would hide a CORS failure on the third-party proxy.
    let served = false;
    const serveConfig = async (route: Route): Promise<void> => {
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) });
      served = true;
    };
    await context.route("**/smart-config.json", serveConfig);
    await page.goto(`${sandbox.appOrigin}/launch.html?iss=${encodeURIComponent(as.fhirBase)}`);
    await expect.poll(() => served).toBe(true);
    await context.unroute("**/smart-config.json", serveConfig);
    const text = await bodyText(page, "Daniel Okafor");
    expect(text).toMatch(/Latest platelets\s*32\b/);
    const scope = as.lastScope ?? "";
    expect(scope.split(" ")).toContain("patient/Observation.read");
    expect(scope.split(" ")).toContain("patient/MedicationRequest.read");
    expect(scope).not.toMatch(/\.rs\b/);
    expectDataOnlyThroughProxy(seen);
    await context.close();
  });
});
