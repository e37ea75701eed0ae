/**
 * Layers are folders and data flows one way (docs/decisions/0001-layers-and-folders.md).
 * This test reads every import in src/ and fails on an import that crosses a layer the wrong way.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

/** Which src folders each layer may import from (itself always allowed). */
const ALLOWED: Record<string, readonly string[]> = {
  contract: [],
  smart: [],
  clinical: ["contract"],
  fhir: ["smart", "clinical"],
  model: ["clinical", "contract"],
  pathway: ["model", "clinical", "contract"],
  ui: ["contract", "model", "clinical", "app/load-state.ts"],
  cli: ["model", "pathway", "contract", "clinical"],
  app: ["smart", "fhir", "model", "pathway", "contract", "clinical", "ui"],
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? "")
    .filter((s) => s.startsWith("."));
}

const files = walk(src).filter((f) => !/\.test\.tsx?$/.test(f) && !f.includes("test-support") && !f.includes("test-fixtures"));

describe("layering", () => {
  it("finds source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(src, f), f] as const))("%s imports only what its layer may", (_name, file) => {
    const layer = relative(src, file).split("/")[0] ?? "";
    const allowed = ALLOWED[layer];
    expect(allowed, `unknown layer folder src/${layer}`).toBeDefined();
    for (const spec of imports(file)) {
      const target = relative(src, resolve(dirname(file), spec));
      expect(target.startsWith(".."), `${spec} leaves src/ (sandbox and test code must not be imported)`).toBe(false);
      const targetLayer = target.split("/")[0] ?? "";
      if (targetLayer === layer) continue;
      const ok = (allowed ?? []).some((a) => (a.includes("/") ? target === a : targetLayer === a));
      expect(ok, `src/${layer} must not import src/${target}`).toBe(true);
    }
  });
});
