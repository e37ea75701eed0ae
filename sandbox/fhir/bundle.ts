import { createHash } from "node:crypto";
import { refTarget } from "./search-params.ts";
import type { Res } from "./types.ts";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** What one file yields: resources plus what was skipped and why. */
export type FileContent = { resources: Res[]; skipped: string[] };

/**
 * Flattens any JSON a fixture file holds into resources: single resources, Bundles of every type
 * (transaction/batch/collection/searchset/document, batch-response with nested searchsets), NDJSON lines.
 * Transaction `urn:uuid:` references are rewritten to `Type/id` as a server processing the transaction would;
 * ids come from `PUT Type/id`, else the resource's id, else the urn uuid, else a content hash.
 * See: https://hl7.org/fhir/R4/bundle.html#references and https://hl7.org/fhir/R4/http.html#trules
 */
export function readContent(text: string, ndjson: boolean): FileContent {
  const out: FileContent = { resources: [], skipped: [] };
  const docs = ndjson ? text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown) : [JSON.parse(text) as unknown];
  for (const d of docs) collect(d, out);
  return out;
}

function collect(doc: unknown, out: FileContent): void {
  if (!isObj(doc) || typeof doc.resourceType !== "string") {
    out.skipped.push("not a FHIR resource");
    return;
  }
  if (doc.resourceType === "Bundle") {
    flattenBundle(doc, out);
    return;
  }
  out.resources.push(withId(doc, undefined));
}

function flattenBundle(bundle: Obj, out: FileContent): void {
  const entries = Array.isArray(bundle.entry) ? bundle.entry.filter(isObj) : [];
  const local: Res[] = [];
  const urls = new Map<string, string>();
  for (const e of entries) {
    const r = e.resource;
    if (!isObj(r) || typeof r.resourceType !== "string") continue;
    if (r.resourceType === "Bundle") {
      flattenBundle(r, out);
      continue;
    }
    const search = isObj(e.search) ? e.search : undefined;
    if (r.resourceType === "OperationOutcome" && search?.mode === "outcome") {
      out.skipped.push("searchset OperationOutcome (search.mode outcome)");
      continue;
    }
    const req = isObj(e.request) ? e.request : undefined;
    const putId = req?.method === "PUT" && typeof req.url === "string" ? refTarget(req.url.split("?")[0] ?? "")?.id : undefined;
    const fullUrl = typeof e.fullUrl === "string" ? e.fullUrl : undefined;
    const urnId = fullUrl?.startsWith("urn:uuid:") ? fullUrl.slice(9) : undefined;
    const res = withId(r, putId ?? (typeof r.id === "string" ? r.id : urnId));
    if (fullUrl !== undefined) urls.set(fullUrl, `${res.resourceType}/${res.id}`);
    local.push(res);
  }
  for (const r of local) out.resources.push(urls.size > 0 ? rewriteRefs(r, (ref) => urls.get(ref)) : r);
}

function withId(r: Obj, id: string | undefined): Res {
  const type = r.resourceType as string;
  const chosen = id ?? (typeof r.id === "string" ? r.id : `${type.toLowerCase()}-${hash(r)}`);
  return { ...r, resourceType: type, id: chosen };
}

/** Stable JSON (sorted keys) for content comparison and hashing. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (isObj(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`).join(",")}}`;
  return JSON.stringify(v);
}

function hash(v: unknown): string {
  return createHash("sha256").update(stableJson(v)).digest("hex").slice(0, 16);
}

/** Deep copy with every `reference` string passed through `map` (undefined = keep). */
export function rewriteRefs<T>(value: T, map: (ref: string) => string | undefined): T {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, map)) as T;
  if (isObj(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === "reference" && typeof v === "string" ? (map(v) ?? v) : rewriteRefs(v, map);
    }
    return out as T;
  }
  return value;
}
