/**
 * `npm run build` (run by `npm run test:e2e` before this file) emits both SMART entry points, and nothing of the
 * sandbox EHR reaches the production bundle (issue 2).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const dist = resolve(import.meta.dirname, "..", "..", "dist");
const assets = readdirSync(resolve(dist, "assets"));

describe("production build", () => {
  it.each(["index.html", "launch.html", "smart-config.json"])("emits %s", (file) => {
    expect(existsSync(resolve(dist, file))).toBe(true);
  });

  it("launch.html loads the launch script, index.html the app", () => {
    expect(readFileSync(resolve(dist, "launch.html"), "utf8")).toMatch(/assets\/launch-[\w-]+\.js/);
    expect(readFileSync(resolve(dist, "index.html"), "utf8")).toMatch(/assets\/main-[\w-]+\.js/);
  });

  it("contains no sandbox code, no test code and no mock library", () => {
    const text = assets.filter((a) => a.endsWith(".js")).map((a) => readFileSync(resolve(dist, "assets", a), "utf8")).join("\n");
    expect(text.length).toBeGreaterThan(10_000);
    for (const marker of ["sandbox", "startSandbox", "/sandbox/faults", "msw", "setupServer", "vitest", "test/fixtures"]) {
      expect(text.includes(marker), `bundle mentions "${marker}"`).toBe(false);
    }
  });
});
