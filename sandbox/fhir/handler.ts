import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { grantsFor } from "../auth/scopes.ts";
import type { AuthState } from "../auth/state.ts";
import type { Faults } from "../faults.ts";
import { pickFailure } from "../faults.ts";
import { header, readBody, sendJson } from "../http-util.ts";
import { capabilityStatement, smartConfiguration } from "./capability.ts";
import { outcome } from "./outcome.ts";
import { decodePage, encodePage } from "./paging.ts";
import { compartmentOf, paramDef } from "./search-params.ts";
import { includesFor, runSearch } from "./search.ts";
import { parseSearch, SearchError } from "./search-parse.ts";
import type { Store } from "./store.ts";
import type { Res } from "./types.ts";

const FHIR_JSON = "application/fhir+json";
const TYPE_RE = /^[A-Z][A-Za-z]+$/;

export type FhirApiOptions = { store: Store; faults: Faults; auth?: AuthState; now?: () => number };

/** Handles one request under a FHIR base (`subPath` is what follows the base, e.g. `/Observation`). */
export type FhirApi = (req: IncomingMessage, res: ServerResponse, subPath: string, query: URLSearchParams, origin: string, base: string) => Promise<void>;

/** Gate from a token's scopes: undefined = no access; otherwise the resources it may see. */
type Gate = { allow: (r: Res) => boolean; patient?: string };

/**
 * The FHIR REST API of the sandbox (read, search-type via GET and POST _search, metadata, smart-configuration).
 * With `auth`, a Bearer token is required and its scopes decide per type (403), expiry gives 401.
 * See: https://hl7.org/fhir/R4/http.html
 * The returned handler takes `base`, the FHIR base URL as the client called it (links and fullUrls use it).
 */
export function createFhirApi(opts: FhirApiOptions): FhirApi {
  const now = opts.now ?? Date.now;
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void =>
    sendJson(res, status, body, FHIR_JSON, headers);
  const fail = (res: ServerResponse, status: number, code: string, text: string, headers: Record<string, string> = {}): void =>
    send(res, status, outcome("error", code, text), headers);

  return async function handle(req: IncomingMessage, res: ServerResponse, subPath: string, query: URLSearchParams, origin: string, base: string): Promise<void> {
    const parts = subPath.split("/").filter((p) => p !== "");
    if (req.method === "GET" && parts.length === 1 && parts[0] === "metadata") {
      return send(res, 200, capabilityStatement(opts.store.typeNames(), origin, opts.auth !== undefined));
    }
    if (req.method === "GET" && parts[0] === ".well-known" && parts[1] === "smart-configuration" && parts.length === 2) {
      if (!opts.auth) return fail(res, 404, "not-found", "This base is open (no SMART authorization)");
      return sendJson(res, 200, smartConfiguration(origin));
    }
    if (opts.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, opts.faults.latencyMs));
    const type = parts[0] ?? "";
    if (!TYPE_RE.test(type)) return fail(res, 404, "not-found", `Unknown path ${subPath}`);
    const isSearch = (req.method === "GET" && parts.length === 1) || (req.method === "POST" && parts.length === 2 && parts[1] === "_search");
    const isRead = req.method === "GET" && parts.length === 2 && parts[1] !== "_search";
    if (!isSearch && !isRead) return fail(res, 405, "not-supported", "The sandbox is read-only: read and search only");
    const injected = pickFailure(opts.faults);
    if (injected) return fail(res, injected.status, injected.status === 429 ? "throttled" : "transient", `Injected fault ${injected.status}`, injected.headers);
    if (opts.faults.unsupportedTypes.includes(type)) return fail(res, 404, "not-supported", `Resource type ${type} is not supported here`);
    if (opts.faults.forbidTypes.includes(type)) return fail(res, 403, "forbidden", `Access to ${type} is forbidden (injected)`);
    const gate = checkToken(req, res, type, isRead ? "r" : "s");
    if (!gate) return;
    if (isRead) {
      const r = opts.store.get(type, parts[1] as string);
      if (!r) return fail(res, 404, "not-found", `${type}/${parts[1]} not found`);
      if (!gate.allow(r)) return fail(res, 403, "forbidden", `${type}/${parts[1]} is outside the token's patient compartment`);
      return send(res, 200, r);
    }
    let params = [...query.entries()];
    if (req.method === "POST") params = [...params, ...new URLSearchParams(await readBody(req)).entries()];
    return search(res, type, params, gate, base, /handling\s*=\s*lenient/.test(header(req, "prefer") ?? ""));
  };

  function checkToken(req: IncomingMessage, res: ServerResponse, type: string, interaction: "r" | "s"): Gate | undefined {
    if (!opts.auth) return { allow: () => true };
    const authz = header(req, "authorization") ?? "";
    if (!authz.startsWith("Bearer ")) {
      fail(res, 401, "login", "A Bearer access token is required", { "WWW-Authenticate": 'Bearer realm="sandbox"' });
      return undefined;
    }
    const grant = opts.auth.tokens.get(authz.slice(7).trim());
    if (!grant || grant.expiresAt <= now()) {
      const why = grant ? "The access token expired" : "Unknown access token";
      fail(res, 401, grant ? "expired" : "login", why, { "WWW-Authenticate": `Bearer realm="sandbox", error="invalid_token", error_description="${why}"` });
      return undefined;
    }
    const grants = grantsFor(grant.scope, type, interaction);
    if (grants.length === 0) {
      fail(res, 403, "forbidden", `The token's scopes do not allow ${interaction === "r" ? "read" : "search"} on ${type}`);
      return undefined;
    }
    const userLevel = grants.some((g) => g.level === "user");
    const pid = grant.patient;
    if (!userLevel && pid === undefined) {
      fail(res, 403, "forbidden", "patient/ scopes need a patient context");
      return undefined;
    }
    const compartmental = type === "Patient" || paramDef(type, "patient") !== undefined;
    const inCompartment = (r: Res): boolean => {
      if (pid === undefined) return false;
      if (r.resourceType === "Patient") return r.id === pid;
      const c = compartmentOf(r);
      return c.length > 0 ? c.includes(pid) : !compartmental;
    };
    const checks = grants.map((g) => ({ g, matches: scopeQuery(type, g.query) }));
    return {
      ...(userLevel || pid === undefined ? {} : { patient: pid }),
      allow: (r) => checks.some(({ g, matches }) => (g.level === "user" || inCompartment(r)) && matches(r)),
    };
  }

  /** A v2 scope's query (`category=laboratory`) as a predicate; an unparseable query grants nothing. */
  function scopeQuery(type: string, query: string | undefined): (r: Res) => boolean {
    if (query === undefined) return () => true;
    try {
      const plan = parseSearch(type, [...new URLSearchParams(query).entries()], { lenient: false, now: now(), requireObservationCategory: false });
      return (r) => plan.filters.every((f) => f(r));
    } catch {
      return () => false;
    }
  }

  function search(res: ServerResponse, type: string, rawParams: [string, string][], gate: Gate, base: string, preferLenient: boolean): void {
    let params = rawParams;
    let offset = 0;
    let lenient = preferLenient;
    const pageToken = params.find(([k]) => k === "_page")?.[1];
    if (pageToken !== undefined) {
      const state = decodePage(pageToken);
      if (!state || state.type !== type || params.length !== 1) return fail(res, 400, "invalid", "Invalid page token (use the next link as given)");
      ({ params, offset, lenient } = state);
    }
    let plan;
    try {
      plan = parseSearch(type, params, { lenient, now: now(), requireObservationCategory: opts.faults.requireObservationCategory });
    } catch (e) {
      if (e instanceof SearchError) return fail(res, e.status, e.code, e.message);
      throw e;
    }
    if (gate.patient !== undefined && plan.patientHints && plan.patientHints.some((p) => p !== gate.patient)) {
      return fail(res, 403, "forbidden", "The search names a patient outside the token's patient context");
    }
    const matches = runSearch(opts.store, plan, gate.allow);
    const selfUrl = pageToken !== undefined ? `${base}/${type}?_page=${encodeURIComponent(pageToken)}` : `${base}/${type}${params.length ? `?${new URLSearchParams(params)}` : ""}`;
    const bundle: Record<string, unknown> = {
      resourceType: "Bundle", id: randomUUID(), meta: { lastUpdated: new Date(now()).toISOString() }, type: "searchset", total: matches.length,
    };
    const link = [{ relation: "self", url: selfUrl }];
    const entry: Record<string, unknown>[] = [];
    if (!plan.summaryCount) {
      const page = matches.slice(offset, offset + plan.count);
      const pageLink = (o: number): string => `${base}/${type}?_page=${encodeURIComponent(encodePage({ type, params, offset: o, lenient }))}`;
      if (offset + plan.count < matches.length) link.push({ relation: "next", url: pageLink(offset + plan.count) });
      if (offset > 0) link.push({ relation: "previous", url: pageLink(Math.max(0, offset - plan.count)) });
      for (const r of page) entry.push({ fullUrl: `${base}/${r.resourceType}/${r.id}`, resource: r, search: { mode: "match" } });
      for (const r of includesFor(opts.store, plan, page, gate.allow)) entry.push({ fullUrl: `${base}/${r.resourceType}/${r.id}`, resource: r, search: { mode: "include" } });
    }
    if (plan.warnings.length > 0) {
      const oo = outcome("warning", "not-supported", `Ignored (Prefer: handling=lenient): ${plan.warnings.join("; ")}`);
      entry.push({ resource: oo, search: { mode: "outcome" } });
    }
    bundle.link = link;
    if (entry.length > 0) bundle.entry = entry;
    send(res, 200, bundle);
  }
}
