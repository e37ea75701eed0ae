/**
 * Writes the scenario patients (FHIR R4 Bundles), their sidecars and README into test/fixtures/scenarios/.
 * Deterministic: run `npx tsx scripts/make-scenarios.ts` and commit the output.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildAll } from "../test/fixtures/scenarios/generator/index.ts";

const outDir = resolve(import.meta.dirname, "..", "test", "fixtures", "scenarios");
mkdirSync(outDir, { recursive: true });
const files = buildAll();
for (const [name, content] of files) writeFileSync(join(outDir, name), content);
console.log(`wrote ${files.size} files to ${outDir}`);
