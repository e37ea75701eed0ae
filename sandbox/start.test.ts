import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "..");

describe("npm start (sandbox/start.ts)", () => {
  it("prints exactly one URL line, the launcher on localhost, and serves it", async () => {
    const appDir = mkdtempSync(join(tmpdir(), "sandbox-app-"));
    const child = spawn(process.execPath, ["--import", "tsx", "sandbox/start.ts"], {
      cwd: repoRoot, env: { ...process.env, PORT: "0", SANDBOX_APP_DIR: appDir }, stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let out = "";
      const url = await new Promise<string>((resolveP, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL line: ${out}`)), 30_000);
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /^ITP Navigator sandbox EHR: (http:\/\/localhost:\d+\/)$/m.exec(out);
          if (m && out.split("\n").length >= 4) {
            clearTimeout(timer);
            resolveP(m[1] as string);
          }
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      expect(out.match(/https?:\/\//g)).toHaveLength(1);
      expect(out).toMatch(/\d+ resources from \d+ files/);
      const html = await (await fetch(url)).text();
      expect(html).toContain("Sandbox EHR");
    } finally {
      child.kill("SIGTERM");
      rmSync(appDir, { recursive: true, force: true });
    }
  });
});
