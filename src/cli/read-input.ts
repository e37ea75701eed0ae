/**
 * Reading the command line's input: a FHIR JSON file (Bundle of any type, or one resource), an NDJSON file,
 * a directory of them (recursive, .json and .ndjson, in path order), or standard input ("-").
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { InputError } from "./input-error.ts";

export interface ReadSource {
  /** Reads a file as UTF-8 text. */
  readonly readFile: (path: string) => string;
  /** Reads standard input to its end. */
  readonly readStdin: () => Promise<string>;
}

export const NODE_SOURCE: ReadSource = {
  readFile: (p) => readFileSync(p, "utf8"),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

/** One top-level resource read, with the file it came from. */
export interface InputResource {
  readonly file: string;
  readonly resource: Record<string, unknown>;
}

function isResource(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && typeof (x as Record<string, unknown>)["resourceType"] === "string";
}

/**
 * Parse one file's text: JSON (a resource or Bundle) or NDJSON (one resource per line).
 * @param file - file name for messages
 * @param text - its content
 * @param ndjsonFirst - the name says .ndjson
 */
export function parseText(file: string, text: string, ndjsonFirst: boolean): InputResource[] {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError(file, "empty input");
  if (!ndjsonFirst) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      const lines = body.split(/\r?\n/).filter((l) => l.trim() !== "");
      if (lines.length > 1 && lines.every((l) => l.trim().startsWith("{"))) return parseText(file, body, true);
      throw new InputError(file, `not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    if (!isResource(value)) throw new InputError(file, "not FHIR: the JSON has no resourceType (expected a FHIR resource or Bundle)");
    return [{ file, resource: value }];
  }
  const out: InputResource[] = [];
  body.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(file, `line ${i + 1} is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    if (!isResource(value)) throw new InputError(file, `line ${i + 1} is not FHIR: no resourceType`);
    out.push({ file, resource: value });
  });
  return out;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return listFiles(p);
      return [".json", ".ndjson"].includes(extname(name).toLowerCase()) ? [p] : [];
    });
}

/**
 * Read the input named on the command line.
 * @param input - a path, or "-" for standard input
 * @param src - how to read files and standard input
 * @returns the top-level resources in input order
 * @throws InputError for unreadable, non-JSON or non-FHIR input
 */
export async function readInput(input: string, src: ReadSource = NODE_SOURCE): Promise<InputResource[]> {
  if (input === "-") {
    const text = await src.readStdin();
    return parseText("<stdin>", text, false);
  }
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch (error) {
    throw new InputError(input, `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`, { cause: error });
  }
  const files = isDir ? listFiles(input) : [input];
  if (files.length === 0) throw new InputError(input, "directory holds no .json or .ndjson file");
  return files.flatMap((f) => {
    let text: string;
    try {
      text = src.readFile(f);
    } catch (error) {
      throw new InputError(f, `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`, { cause: error });
    }
    return parseText(f, text, extname(f).toLowerCase() === ".ndjson");
  });
}
