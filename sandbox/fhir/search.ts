import { COMMON_PARAMS, paramDef, refTarget } from "./search-params.ts";
import type { SearchPlan } from "./search-parse.ts";
import type { Store } from "./store.ts";
import type { Res } from "./types.ts";

/**
 * Runs a plan: picks the narrowest index (patient compartment, then code), filters, then sorts in true time
 * order (ascending on a value's start, descending on its end, missing values last; ties by id).
 * See: https://hl7.org/fhir/R4/search.html#_sort
 * @param allow - extra gate (the token's patient compartment), applied before counting
 * @returns every match in order; the caller pages
 */
export function runSearch(store: Store, plan: SearchPlan, allow: (r: Res) => boolean = () => true): Res[] {
  let candidates: Res[];
  if (plan.patientHints) {
    candidates = unique(plan.patientHints.flatMap((p) => store.inCompartment(p, plan.type)));
  } else if (plan.codeHints && plan.codeHints.every((q) => q.code !== undefined && !q.noSystem)) {
    candidates = unique(plan.codeHints.flatMap((q) => store.withCode(plan.type, q.system, q.code as string)));
  } else {
    candidates = store.all(plan.type);
  }
  const matches = candidates.filter((r) => allow(r) && plan.filters.every((f) => f(r)));
  if (plan.sort.length > 0) sortInPlace(matches, plan);
  else if (plan.patientHints || plan.codeHints) sortInPlace(matches, { ...plan, sort: [{ key: "_id", desc: false }] });
  return matches;
}

function unique(list: Res[]): Res[] {
  return [...new Set(list)];
}

function sortInPlace(list: Res[], plan: SearchPlan): void {
  const keyed = list.map((r) => ({ r, keys: plan.sort.map((s) => sortValue(r, plan.type, s.key, s.desc)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < plan.sort.length; i++) {
      const desc = plan.sort[i]?.desc ?? false;
      const x = a.keys[i];
      const y = b.keys[i];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const c = x < y ? -1 : 1;
      return desc ? -c : c;
    }
    return a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0;
  });
  keyed.forEach((k, i) => (list[i] = k.r));
}

function sortValue(r: Res, type: string, key: string, desc: boolean): number | string | undefined {
  if (key === "_id") return r.id;
  const def = COMMON_PARAMS[key] ?? paramDef(type, key);
  if (def?.kind !== "date") return undefined;
  const range = def.range(r);
  if (!range) return undefined;
  return desc ? range.end : range.start;
}

/**
 * Resources that `_include` pulls in for a page of matches (deduplicated, not contained `#refs`).
 * See: https://hl7.org/fhir/R4/search.html#include
 */
export function includesFor(store: Store, plan: SearchPlan, page: Res[], allow: (r: Res) => boolean): Res[] {
  const out = new Map<string, Res>();
  for (const inc of plan.include) {
    const def = paramDef(plan.type, inc.param);
    if (def?.kind !== "reference") continue;
    for (const r of page) {
      for (const ref of def.refs(r)) {
        const t = refTarget(ref);
        if (!t || t.type !== inc.target) continue;
        const hit = store.get(t.type, t.id);
        if (hit && allow(hit)) out.set(`${t.type}/${t.id}`, hit);
      }
    }
  }
  return [...out.values()];
}
