/**
 * Command-line arguments: `<input> [--as-of YYYY-MM-DD] [--patient ID]` (../shared/spec/evaluation.md, "Command line").
 */
import { isIsoDate } from "../pathway/dates.ts";
import { InputError } from "./input-error.ts";

export interface CliArgs {
  readonly input: string;
  readonly asOf?: string;
  readonly patient?: string;
}

export const USAGE = "usage: npm run --silent evaluate -- <input|-> [--as-of YYYY-MM-DD] [--patient ID]";

/**
 * @param argv - arguments after the script name
 * @returns the parsed arguments
 * @throws InputError on a missing input, an unknown option or an invalid date
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  let input: string | undefined;
  let asOf: string | undefined;
  let patient: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const eq = a.indexOf("=");
    const [name, inline] = a.startsWith("--") && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (name === "--as-of" || name === "--patient") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new InputError(name, `missing value. ${USAGE}`);
      if (name === "--as-of") asOf = value;
      else patient = value;
    } else if (a.startsWith("--")) {
      throw new InputError(a, `unknown option. ${USAGE}`);
    } else if (input === undefined) {
      input = a;
    } else {
      throw new InputError(a, `only one input is accepted. ${USAGE}`);
    }
  }
  if (input === undefined) throw new InputError("(no input)", `missing input. ${USAGE}`);
  if (asOf !== undefined && !isIsoDate(asOf)) throw new InputError(input, `invalid --as-of date "${asOf}" (expected a real date YYYY-MM-DD)`);
  return { input, ...(asOf !== undefined ? { asOf } : {}), ...(patient !== undefined ? { patient } : {}) };
}
