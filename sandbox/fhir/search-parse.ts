import { matchesPrefix, parseDateRange, splitPrefix } from "./date-range.ts";
import { paramDef, refTarget, type ParamDef } from "./search-params.ts";
import type { Res, TokenValue } from "./types.ts";

/** A search the client asked for, as a plan the engine runs. */
export type SearchPlan = {
  type: string;
  filters: ((r: Res) => boolean)[];
  /** Patient ids named by patient/subject: the engine starts from these compartments. */
  patientHints?: string[];
  /** `code` tokens (no modifier): the engine starts from the code index. */
  codeHints?: TokenQuery[];
  sort: { key: string; desc: boolean }[];
  count: number;
  summaryCount: boolean;
  include: { param: string; target: string }[];
  /** Parameters ignored under `Prefer: handling=lenient`. */
  warnings: string[];
};

export type TokenQuery = { system?: string; code?: string; noSystem?: boolean };

/** A client error in a search: becomes a 400 OperationOutcome. */
export class SearchError extends Error {
  constructor(message: string, readonly status = 400, readonly code = "not-supported") {
    super(message);
  }
}

export type ParseOptions = { lenient: boolean; now: number; requireObservationCategory: boolean };

const IGNORED = new Set(["_total", "_format", "_pretty"]);
export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 1000;

/**
 * Turns query parameters into a plan. Unknown parameters, modifiers and values are errors unless lenient.
 * See: https://hl7.org/fhir/R4/search.html (token, date, reference, _sort, _count, _include, _summary)
 */
export function parseSearch(type: string, params: [string, string][], opts: ParseOptions): SearchPlan {
  const plan: SearchPlan = { type, filters: [], sort: [], count: DEFAULT_COUNT, summaryCount: false, include: [], warnings: [] };
  const reject = (msg: string): void => {
    if (!opts.lenient) throw new SearchError(msg);
    plan.warnings.push(msg);
  };
  for (const [rawName, value] of params) {
    if (value === "" || IGNORED.has(rawName)) continue;
    const [name = "", modifier] = rawName.split(":", 2);
    try {
      parseOne(plan, name, modifier, value, opts);
    } catch (e) {
      if (e instanceof SearchError) reject(e.message);
      else throw e;
    }
  }
  if (opts.requireObservationCategory && type === "Observation" && !params.some(([n, v]) => n.split(":")[0] === "category" && v !== "")) {
    throw new SearchError("Observation searches must include a category (Epic-like rule, SANDBOX_EPIC_CATEGORY)", 400, "required");
  }
  return plan;
}

function parseOne(plan: SearchPlan, name: string, modifier: string | undefined, value: string, opts: ParseOptions): void {
  switch (name) {
    case "_count": {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new SearchError(`_count must be a non-negative integer: ${value}`);
      plan.count = Math.min(n, MAX_COUNT);
      if (n === 0) plan.summaryCount = true;
      return;
    }
    case "_summary":
      if (value === "count") plan.summaryCount = true;
      else if (value !== "false") throw new SearchError(`_summary=${value} is not supported (count, false)`);
      return;
    case "_sort":
      for (const k of value.split(",")) {
        const desc = k.startsWith("-");
        const key = desc ? k.slice(1) : k;
        if (key !== "_id" && paramDef(plan.type, key)?.kind !== "date") throw new SearchError(`_sort=${key} is not supported for ${plan.type}`);
        plan.sort.push({ key, desc });
      }
      return;
    case "_include": {
      const [src, param = "", target] = value.split(":");
      const def = paramDef(plan.type, param);
      if (src !== plan.type || def?.kind !== "reference" || (target ?? def.target) === undefined) {
        throw new SearchError(`_include=${value} is not supported`);
      }
      plan.include.push({ param, target: (target ?? def.target) as string });
      return;
    }
    case "_id": {
      if (modifier !== undefined) throw new SearchError(`modifier :${modifier} is not supported on _id`);
      const ids = new Set(value.split(","));
      plan.filters.push((r) => ids.has(r.id));
      return;
    }
  }
  const def = paramDef(plan.type, name);
  if (!def) throw new SearchError(`Unknown search parameter ${name} for ${plan.type}`);
  addFilter(plan, name, def, modifier, value, opts);
}

function addFilter(plan: SearchPlan, name: string, def: ParamDef, modifier: string | undefined, value: string, opts: ParseOptions): void {
  const bad = (): never => {
    throw new SearchError(`modifier :${modifier} is not supported on ${name}`);
  };
  switch (def.kind) {
    case "token": {
      if (modifier !== undefined && modifier !== "not") bad();
      const qs = value.split(",").map(parseToken);
      const hit = (r: Res): boolean => def.values(r).some((t) => qs.some((q) => tokenMatches(t, q)));
      plan.filters.push(modifier === "not" ? (r) => !hit(r) : hit);
      if (name === "code" && modifier === undefined) plan.codeHints = qs;
      return;
    }
    case "date": {
      if (modifier !== undefined) bad();
      const terms = value.split(",").map((raw) => {
        // A `+` offset sent unencoded arrives as a space (application/x-www-form-urlencoded): read it back as `+`.
        const { prefix, value: v } = splitPrefix(raw.replace(/ (\d{2}:\d{2})$/, "+$1"));
        const range = parseDateRange(v);
        if (!range) throw new SearchError(`Invalid date value for ${name}: ${raw}`, 400, "invalid");
        return { prefix, range };
      });
      plan.filters.push((r) => {
        const target = def.range(r);
        return target !== undefined && terms.some((t) => matchesPrefix(t.prefix, target, t.range, opts.now));
      });
      return;
    }
    case "reference": {
      if (modifier !== undefined && !/^[A-Z][A-Za-z]+$/.test(modifier)) bad();
      const wants = value.split(",").map((v) => refQuery(v, modifier ?? def.target));
      plan.filters.push((r) => def.refs(r).some((ref) => {
        const t = refTarget(ref);
        return t !== undefined && wants.some((w) => w.id === t.id && (w.type === undefined || w.type === t.type));
      }));
      const patients = wants.filter((w) => w.type === "Patient").map((w) => w.id);
      if (patients.length === wants.length) plan.patientHints = patients;
      return;
    }
    case "string": {
      if (modifier !== undefined && modifier !== "exact" && modifier !== "contains") bad();
      const vs = value.split(",");
      const norm = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      plan.filters.push((r) => def.strings(r).some((s) => vs.some((v) =>
        modifier === "exact" ? s === v : modifier === "contains" ? norm(s).includes(norm(v)) : norm(s).startsWith(norm(v)))));
      return;
    }
  }
}

function refQuery(v: string, defaultType: string | undefined): { type?: string; id: string } {
  if (v.includes("/")) {
    const t = refTarget(v);
    if (!t) throw new SearchError(`Invalid reference value: ${v}`, 400, "invalid");
    return t;
  }
  return defaultType === undefined ? { id: v } : { type: defaultType, id: v };
}

/** `system|code`, `|code` (no system), `system|` (any code in system), `code` (any system). */
export function parseToken(v: string): TokenQuery {
  const bar = v.indexOf("|");
  if (bar < 0) return { code: v };
  const system = v.slice(0, bar);
  const code = v.slice(bar + 1);
  if (system === "") return { code, noSystem: true };
  return code === "" ? { system } : { system, code };
}

function tokenMatches(t: TokenValue, q: TokenQuery): boolean {
  if (q.code !== undefined && t.code !== q.code) return false;
  if (q.noSystem) return t.system === undefined;
  return q.system === undefined || t.system === q.system;
}
