import { startSandbox } from "./server.ts";

/**
 * `npm start`: the sandbox EHR with the app under Vite (or SANDBOX_APP_DIR=dist for the built app).
 * Env: PORT (8480), FIXTURES_DIR, SANDBOX_REBASE=0, SANDBOX_LOG=1, and the fault variables in faults.ts.
 */
const sandbox = await startSandbox({ log: process.env.SANDBOX_LOG === "1" });
const { report } = sandbox;
console.log(`ITP Navigator sandbox EHR: ${sandbox.url}`);
console.log(
  `  ${report.resources} resources from ${report.files} files in ${sandbox.loadMs.toFixed(0)} ms, ${sandbox.store.count("Patient")} patients; ` +
    `id clashes: ${report.renamed} renamed, ${report.merged} identical copies merged (SANDBOX_LOG=1 lists them)`,
);
console.log("  the app, FHIR (/fhir, SMART) and open FHIR (/open/fhir) are served on 127.0.0.1, same port; the launcher on localhost");
for (const line of report.log.filter((l) => l.startsWith("warn:"))) console.log(`  ${line}`);
if (process.env.SANDBOX_LOG === "1") for (const line of report.log) console.log(`  ${line}`);
const stop = (): void => {
  void sandbox.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
