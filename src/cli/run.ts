/**
 * The `evaluate` command, testable in-process: `run(argv, io)` returns the exit status.
 * Output contract: ../shared/spec/evaluation.md ("Command line"): JSON on standard output only; bad input -> exit 2
 * and one line on standard error naming the file.
 */
import { EvaluationSchema, type Evaluation } from "../contract/evaluation.ts";
import type { NormaliseInput } from "../model/normalise.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { evaluate } from "../pathway/evaluate.ts";
import { parseArgs } from "./args.ts";
import { InputError } from "./input-error.ts";
import { hasPatient, patientIds } from "./patients.ts";
import { NODE_SOURCE, readInput, type ReadSource } from "./read-input.ts";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date YYYY-MM-DD (the default --as-of). */
  readonly today: () => string;
  readonly source?: ReadSource;
}

export type Normalise = (input: NormaliseInput) => PatientModel;

/**
 * @param argv - arguments after the script name
 * @param io - output streams, clock and file access
 * @param normalise - the model normaliser (src/model/normalise.ts)
 * @returns exit status: 0 ok, 2 bad input, 1 internal error
 */
export async function run(argv: readonly string[], io: CliIo, normalise: Normalise): Promise<number> {
  try {
    const args = parseArgs(argv);
    const asOf = args.asOf ?? io.today();
    const read = await readInput(args.input, io.source ?? NODE_SOURCE);
    const name = args.input === "-" ? "<stdin>" : args.input;
    const ids = patientIds(read);
    if (ids.length === 0 && !hasPatient(read)) throw new InputError(name, "no Patient resource found");
    if (args.patient !== undefined && !ids.includes(args.patient)) {
      throw new InputError(name, `no Patient with id "${args.patient}" (found: ${ids.join(", ") || "none with an id"})`);
    }
    const resources = read.map((r) => r.resource);
    const one = (patientId?: string): Evaluation => {
      const e = evaluate(normalise({ resources, ...(patientId !== undefined ? { patientId } : {}) }), asOf);
      const check = EvaluationSchema.safeParse(e);
      if (!check.success) throw new Error(`evaluation of ${patientId ?? "the patient"} breaks the contract: ${check.error.issues[0]?.message ?? "invalid"}`);
      return e;
    };
    let output: Evaluation | Evaluation[];
    if (args.patient !== undefined) output = one(args.patient);
    else if (ids.length > 1) output = ids.map((id) => one(id));
    else output = one(ids[0]);
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`evaluate: ${error.message.replace(/\s+/g, " ")}\n`);
      return 2;
    }
    io.stderr(`evaluate: internal error: ${error instanceof Error ? error.message : String(error)}\n`.replace(/\n(?!$)/g, " "));
    return 1;
  }
}
