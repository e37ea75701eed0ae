/**
 * Speed and size figures, printed (not asserted): `npm run bench`.
 * 1. normalise + evaluate of the ten-year patient in Node (median of N runs);
 * 2. the real launch in Chromium from the sandbox EHR: time from "Open ITP Navigator" to the latest platelet count
 *    on screen, the FHIR requests made and how many ran at once;
 * 3. the production bundle: gzip size of each asset and of what index.html loads first.
 * Needs `npm run build` first (it runs it when dist/ is missing) and Debian's chromium.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { normalise } from "../src/model/normalise.ts";
import { evaluate } from "../src/pathway/evaluate.ts";
import { startSandbox } from "../sandbox/server.ts";
import { launchBrowser } from "../test/e2e/browser.ts";

const root = resolve(import.meta.dirname, "..");
const RUNS = 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function engineFigures(): void {
  const bundle = JSON.parse(readFileSync(resolve(root, "test/fixtures/scenarios/itp-ten-year-history.json"), "utf8"));
  const resources = bundle.entry.map((e: { resource: unknown }) => e.resource);
  const n: number[] = [];
  const ev: number[] = [];
  let platelets = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const model = normalise({ resources, patientId: "itp-ten-year-history" });
    const t1 = performance.now();
    evaluate(model, "2026-11-20");
    const t2 = performance.now();
    n.push(t1 - t0);
    ev.push(t2 - t1);
    platelets = model.platelets.length;
  }
  console.log(`engine  ten-year patient: ${resources.length} resources, ${platelets} platelet counts`);
  console.log(`engine  normalise median ${median(n).toFixed(1)} ms, evaluate median ${median(ev).toFixed(1)} ms (${RUNS} runs)`);
}

async function launchFigures(patient: string): Promise<void> {
  const sandbox = await startSandbox({ port: 0, app: "dist" });
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    let requests = 0;
    let maxInFlight = 0;
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      let inFlight = 0;
      let count = 0;
      let peak = 0;
      const isFhir = (url: string): boolean => /\/fhir\/(?!\.well-known|metadata)/.test(new URL(url).pathname + "/");
      page.on("request", (r) => {
        if (isFhir(r.url())) {
          count++;
          inFlight++;
          peak = Math.max(peak, inFlight);
        }
      });
      const done = (r: { url(): string }): void => {
        if (isFhir(r.url())) inFlight--;
      };
      page.on("requestfinished", done);
      page.on("requestfailed", done);
      await page.goto(`${sandbox.ehrOrigin}/`);
      const t0 = Date.now();
      await page.click(`button[data-patient="${patient}"]`);
      await page.frameLocator("#app").getByText(/Latest platelets/).first().waitFor({ timeout: 30_000 });
      times.push(Date.now() - t0);
      requests = count;
      maxInFlight = peak;
      await context.close();
    }
    console.log(`launch  ${patient}: click to latest count on screen ${times.join(" / ")} ms (3 runs, cold browser context each)`);
    console.log(`launch  FHIR requests: ${requests}, at most ${maxInFlight} in flight at once`);
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

function bundleFigures(): void {
  const dist = resolve(root, "dist");
  const assets = readdirSync(resolve(dist, "assets"));
  let total = 0;
  for (const a of assets.sort()) {
    const gz = gzipSync(readFileSync(resolve(dist, "assets", a)), { level: 9 }).length;
    total += gz;
    console.log(`bundle  ${a.padEnd(44)} ${(gz / 1024).toFixed(1).padStart(7)} kB gz`);
  }
  const html = readFileSync(resolve(dist, "index.html"), "utf8");
  const first = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)].map((m) => m[1] ?? "");
  const firstGz = first.reduce((s, a) => s + gzipSync(readFileSync(resolve(dist, "assets", a)), { level: 9 }).length, 0);
  console.log(`bundle  all assets ${(total / 1024).toFixed(1)} kB gz; index.html loads first ${(firstGz / 1024).toFixed(1)} kB gz (${first.length} files)`);
}

if (!existsSync(resolve(root, "dist/index.html"))) {
  execSync("npx vite build", { cwd: root, stdio: "inherit" });
}
engineFigures();
bundleFigures();
await launchFigures("itp-ten-year-history");
await launchFigures("itp-multirefractory");
