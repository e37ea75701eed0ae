import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fixtureFiles, type LoadUnit } from "./load.ts";
import { daysBetween, SCENARIO_AS_OF } from "./rebase.ts";

export type SourceOptions = {
  repoRoot: string;
  /** Public fixtures folder; default `<repoRoot>/../shared/fixtures/public` or env FIXTURES_DIR. */
  fixturesDir?: string;
  /** Scenario bundles folder; default `<repoRoot>/test/fixtures/scenarios`. */
  scenariosDir?: string;
  /** Shift scenario dates to today (default true; env SANDBOX_REBASE=0 turns it off). */
  rebase?: boolean;
  today?: Date;
};

/**
 * The load order: scenario bundles first (one unit, rebased to today), then each public fixture folder
 * (sorted by name, not rebased). Missing folders are reported, not fatal.
 */
export function defaultUnits(opts: SourceOptions): { units: LoadUnit[]; warnings: string[] } {
  const warnings: string[] = [];
  const fixturesDir = resolve(opts.fixturesDir ?? process.env.FIXTURES_DIR ?? join(opts.repoRoot, "..", "shared", "fixtures", "public"));
  const scenariosDir = resolve(opts.scenariosDir ?? join(opts.repoRoot, "test", "fixtures", "scenarios"));
  const rebaseOn = opts.rebase ?? process.env.SANDBOX_REBASE !== "0";
  const days = rebaseOn ? daysBetween(SCENARIO_AS_OF, opts.today ?? new Date()) : 0;
  const units: LoadUnit[] = [];
  if (existsSync(scenariosDir)) {
    units.push({ name: "scenarios", dir: scenariosDir, rebaseDays: days, files: fixtureFiles(scenariosDir, false) });
  } else warnings.push(`scenario folder not found: ${scenariosDir}`);
  if (existsSync(fixturesDir)) {
    for (const name of readdirSync(fixturesDir).sort()) {
      const dir = join(fixturesDir, name);
      if (statSync(dir).isDirectory()) units.push({ name, dir, rebaseDays: 0, files: fixtureFiles(dir) });
    }
    const top = fixtureFiles(fixturesDir, false);
    if (top.length > 0) units.push({ name: "public", dir: fixturesDir, rebaseDays: 0, files: top });
  } else warnings.push(`public fixtures not found: ${fixturesDir} (set FIXTURES_DIR)`);
  return { units, warnings };
}
