/**
 * An msw 2 FHIR R4 server for one in-memory set of resources: reads, patient searches with token `code`/`category`,
 * `_id`, `_count` paging with real `next` links, `_include=X:medication`, bearer-token check, request log and
 * concurrency meter, and scripted faults (status codes, Retry-After, malformed JSON, self-referencing next).
 * Unknown URLs fall through to msw's onUnhandledRequest: "error".
 */
import { delay, http, HttpResponse, type HttpHandler } from "msw";

export type Resource = { resourceType: string; id: string } & Record<string, unknown>;

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly authorization: string | null;
}

/** A scripted answer for the first matching requests; `times` requests are answered, then the server behaves. */
export interface Fault {
  readonly match: (url: URL) => boolean;
  readonly times: number;
  readonly respond: (url: URL) => Response;
}

export interface FakeFhirOptions {
  readonly base: string;
  readonly token: string;
  readonly resources: readonly Resource[];
  /** Default page size when `_count` is absent; the server also caps `_count` to `maxPageSize`. */
  readonly pageSize?: number;
  readonly maxPageSize?: number;
  /** Honour `_include=...:medication` (servers may ignore it). */
  readonly supportsInclude?: boolean;
  /** Epic-style: Observation searches without `category` answer 400. */
  readonly requireObservationCategory?: boolean;
  /** Every searchset's `next` points back to the same page. */
  readonly selfNextLink?: boolean;
  readonly faults?: Fault[];
  /** Simulated server time per request, so overlapping requests can be counted. */
  readonly latencyMs?: number;
}

export interface FakeFhirServer {
  readonly handlers: HttpHandler[];
  readonly requests: RecordedRequest[];
  /** Highest number of requests in flight at once. */
  readonly maxConcurrency: () => number;
}

export const outcome = (text: string, code = "processing"): Record<string, unknown> => ({
  resourceType: "OperationOutcome",
  issue: [{ severity: "error", code, diagnostics: text }],
});

const fhirJson = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers: { "content-type": "application/fhir+json", ...headers } });

function refersToPatient(r: Resource, patientId: string): boolean {
  const ref = (r["subject"] ?? r["patient"]) as { reference?: string } | undefined;
  return ref?.reference === `Patient/${patientId}`;
}

function matchesTokens(r: Resource, field: "code" | "category", tokens: string | null): boolean {
  if (tokens === null) {
    return true;
  }
  const concepts = ([] as unknown[]).concat(r[field] ?? []) as { coding?: { system?: string; code?: string }[] }[];
  const codings = concepts.flatMap((c) => c.coding ?? []);
  return tokens.split(",").some((token) => {
    const [system, code] = token.includes("|") ? token.split("|") : [undefined, token];
    return codings.some((c) => c.code === code && (system === undefined || system === "" || c.system === system));
  });
}

function search(opts: FakeFhirOptions, type: string, url: URL): Response {
  const q = url.searchParams;
  if (type === "Observation" && opts.requireObservationCategory && !q.has("category")) {
    return fhirJson(outcome("The category parameter is required for Observation searches", "required"), 400);
  }
  const ids = q.get("_id")?.split(",");
  const patient = q.get("patient");
  const matches = opts.resources.filter(
    (r) =>
      r.resourceType === type &&
      (ids === undefined || ids.includes(r.id)) &&
      (patient === null || refersToPatient(r, patient)) &&
      matchesTokens(r, "code", q.get("code")) &&
      matchesTokens(r, "category", q.get("category")),
  );
  const count = Math.min(Number(q.get("_count") ?? opts.pageSize ?? 50), opts.maxPageSize ?? 1000);
  const offset = Number(q.get("_offset") ?? 0);
  const page = matches.slice(offset, offset + count);
  const included = opts.supportsInclude && q.get("_include")?.endsWith(":medication") ? includes(opts, page) : [];
  const link = [{ relation: "self", url: url.href }];
  if (opts.selfNextLink) {
    link.push({ relation: "next", url: url.href });
  } else if (offset + count < matches.length) {
    const next = new URL(url.href);
    next.searchParams.set("_offset", String(offset + count));
    link.push({ relation: "next", url: next.href });
  }
  return fhirJson({
    resourceType: "Bundle",
    type: "searchset",
    total: matches.length,
    link,
    entry: [
      ...page.map((resource) => ({ fullUrl: `${opts.base}/${type}/${resource.id}`, resource, search: { mode: "match" } })),
      ...included.map((resource) => ({ fullUrl: `${opts.base}/Medication/${resource.id}`, resource, search: { mode: "include" } })),
    ],
  });
}

function includes(opts: FakeFhirOptions, page: readonly Resource[]): Resource[] {
  const ids = new Set(page.map((r) => (r["medicationReference"] as { reference?: string } | undefined)?.reference?.replace("Medication/", "")));
  return opts.resources.filter((r) => r.resourceType === "Medication" && ids.has(r.id));
}

/**
 * Builds the handlers and the instruments.
 * @param opts - data, paging, quirks and faults
 */
export function fakeFhirServer(opts: FakeFhirOptions): FakeFhirServer {
  const requests: RecordedRequest[] = [];
  const faults = (opts.faults ?? []).map((f) => ({ ...f, left: f.times }));
  let inFlight = 0;
  let max = 0;
  const handler = http.get(`${opts.base}/:type/:id?`, async ({ request, params }) => {
    const url = new URL(request.url);
    requests.push({ method: request.method, url, authorization: request.headers.get("authorization") });
    inFlight++;
    max = Math.max(max, inFlight);
    try {
      await delay(opts.latencyMs ?? 1);
      const fault = faults.find((f) => f.left > 0 && f.match(url));
      if (fault) {
        fault.left--;
        return fault.respond(url);
      }
      if (request.headers.get("authorization") !== `Bearer ${opts.token}`) {
        return fhirJson(outcome("Invalid or expired access token", "login"), 401);
      }
      const type = String(params["type"]);
      const id = params["id"] === undefined ? undefined : String(params["id"]);
      if (id !== undefined) {
        const found = opts.resources.find((r) => r.resourceType === type && r.id === id);
        return found ? fhirJson(found) : fhirJson(outcome(`${type}/${id} not found`, "not-found"), 404);
      }
      return search(opts, type, url);
    } finally {
      inFlight--;
    }
  });
  return { handlers: [handler], requests, maxConcurrency: () => max };
}

/** Fault matchers: by resource type in the path, optionally with a query parameter present. */
export const onType =
  (type: string, withParam?: string) =>
  (url: URL): boolean =>
    url.pathname.endsWith(`/${type}`) && (withParam === undefined || url.searchParams.has(withParam));
