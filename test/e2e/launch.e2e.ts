/**
 * The whole SMART launch in a real browser (issue 2): EHR launch inside the launcher's iframe across origins,
 * standalone launch with the patient picker, authorization denied, and the app opened without launch parameters.
 * Runs against the production build (`dist/`) served by the sandbox on a random port.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startSandbox, type Sandbox } from "../../sandbox/server.ts";
import { launchBrowser, screenshot } from "./browser.ts";

let sandbox: Sandbox;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, app: "dist" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

async function newPage(width = 1280, height = 900): Promise<Page> {
  context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  return page;
}

describe("EHR launch from the launcher page", () => {
  it("shows the patient and the latest platelet count inside the cross-origin iframe", async () => {
    const page = await newPage();
    await page.goto(sandbox.ehrOrigin + "/");
    expect(new URL(page.url()).hostname).toBe("localhost");
    await page.click('button[data-patient="itp-multirefractory"]');
    const frame = page.frameLocator("#app");
    await expect.poll(async () => frame.locator("body").innerText(), { timeout: 20_000 }).toContain("Margaret Doyle");
    const text = await frame.locator("body").innerText();
    expect(text).toMatch(/Latest platelets\s*21\b/);
    const appFrame = page.frames().find((f) => f.url().includes("index.html"));
    expect(appFrame, "the app runs in the iframe").toBeDefined();
    const appUrl = new URL(appFrame!.url());
    expect(appUrl.hostname).toBe("127.0.0.1");
    expect(appUrl.search, "no code, state or patient data left in the address").toBe("");
    await screenshot(page, "ehr-launch-multirefractory-1280");
    await context.close();
  });
});

describe("standalone launch", () => {
  it("uses the server's patient picker and opens the chosen patient", async () => {
    const page = await newPage();
    await page.goto(`${sandbox.appOrigin}/launch.html?iss=${encodeURIComponent(sandbox.fhirBase)}`);
    await page.waitForSelector('input[name="patient"]');
    await page.check('input[name="patient"][value="itp-romiplostim-needs-increase"]');
    await page.click('button[value="approve"]');
    await expect.poll(async () => page.locator("body").innerText(), { timeout: 20_000 }).toContain("Daniel Okafor");
    expect(await page.locator("body").innerText()).toMatch(/Latest platelets\s*32\b/);
    await context.close();
  });

  it("shows a friendly page with the server's error when authorization is denied", async () => {
    const page = await newPage();
    await page.goto(`${sandbox.appOrigin}/launch.html?iss=${encodeURIComponent(sandbox.fhirBase)}`);
    await page.waitForSelector('button[value="deny"]');
    await page.click('button[value="deny"]');
    await expect.poll(async () => page.locator("body").innerText(), { timeout: 10_000 }).toMatch(/access_denied/);
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/at \w+ \(|TypeError|stack/i);
    await screenshot(page, "authorization-denied-1280");
    await context.close();
  });
});

describe("opened without launch parameters", () => {
  it("explains how to launch the app instead of failing", async () => {
    const page = await newPage(360, 740);
    await page.goto(`${sandbox.appOrigin}/index.html`);
    await expect.poll(async () => page.locator("body").innerText(), { timeout: 10_000 }).toMatch(/launch/i);
    expect(await page.locator("body").innerText()).toMatch(/launch\.html\?iss=/);
    await screenshot(page, "no-launch-360");
    await context.close();
  });
});
