/**
 * Entry point of `npm run --silent evaluate -- <input> [--as-of YYYY-MM-DD] [--patient ID]`.
 */
import { normalise } from "../model/normalise.ts";
import { run } from "./run.ts";

const code = await run(
  process.argv.slice(2),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    today: () => new Date().toISOString().slice(0, 10),
  },
  normalise,
);
process.exitCode = code;
