/**
 * Follows a search through every `next` link (https://hl7.org/fhir/R4/http.html#paging), each page retried per
 * the retry policy, with a cycle guard (a `next` already visited ends the search) and an origin guard
 * (a `next` on another host is not followed: the bearer token must not leave the FHIR server).
 */
import { FhirHttpError } from "./errors.ts";
import { requestOnce, type FhirClient, type RequestResult } from "./request.ts";
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./retry.ts";

/** One HTTP request made (each page and each retry), for the in-memory query log. */
export interface QueryLogEntry {
  readonly url: string;
  readonly status: number;
  readonly resources: number;
  readonly ms: number;
}

export interface PagingContext {
  readonly client: FhirClient;
  readonly log: (entry: QueryLogEntry) => void;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly policy?: RetryPolicy;
  readonly signal?: AbortSignal;
  /** Upper bound on pages per search, beyond the cycle guard (a server inventing endless distinct links). */
  readonly maxPages?: number;
}

/** The resources in a response body: a Bundle's entry resources, or the body itself for a read. */
export function resourcesOf(body: unknown): unknown[] {
  const b = body as { resourceType?: unknown; entry?: unknown };
  if (b.resourceType !== "Bundle") {
    return [body];
  }
  if (!Array.isArray(b.entry)) {
    return [];
  }
  return b.entry.map((e: { resource?: unknown }) => e?.resource).filter((r) => r !== undefined && r !== null);
}

function nextLink(body: unknown): string | undefined {
  const links = (body as { link?: unknown }).link;
  if (!Array.isArray(links)) {
    return undefined;
  }
  const next = links.find((l: { relation?: unknown }) => l?.relation === "next") as { url?: unknown } | undefined;
  return typeof next?.url === "string" && next.url !== "" ? next.url : undefined;
}

/** Canonical form for the cycle guard: parameters sorted, so a reordered self-link is still seen. */
function visitKey(url: URL): string {
  const copy = new URL(url.href);
  copy.searchParams.sort();
  return copy.href;
}

/**
 * GETs one URL, retrying transient failures; logs every attempt.
 * @throws FhirHttpError once the policy gives up
 */
export async function requestWithRetry(ctx: PagingContext, url: string): Promise<RequestResult> {
  for (let retries = 0; ; retries++) {
    const started = ctx.now();
    try {
      const result = await requestOnce(ctx.client, url, ctx.signal);
      ctx.log({ url, status: result.status, resources: resourcesOf(result.body).length, ms: ctx.now() - started });
      return result;
    } catch (error) {
      if (!(error instanceof FhirHttpError)) {
        throw error;
      }
      ctx.log({ url, status: error.status, resources: 0, ms: ctx.now() - started });
      const delay = retryDelayMs(error, retries, ctx.policy ?? DEFAULT_RETRY_POLICY);
      if (delay === null) {
        throw error;
      }
      await ctx.sleep(delay);
    }
  }
}

/**
 * All resources of a search (or a read), page by page.
 * @param ctx - client, log, sleep, clock, retry policy
 * @param firstUrl - relative to the server base, or absolute on it
 * @param onPage - called with each page's resources as it arrives
 * @returns every resource of every page, in server order
 * @throws FhirHttpError for the first page that fails for good (resources of earlier pages are in `partial`)
 */
export async function fetchAllPages(
  ctx: PagingContext,
  firstUrl: string,
  onPage?: (resources: readonly unknown[]) => void,
): Promise<unknown[]> {
  const base = new URL(ctx.client.state.serverUrl.replace(/\/*$/, "/"));
  const all: unknown[] = [];
  const visited = new Set<string>();
  const maxPages = ctx.maxPages ?? 1000;
  let url: URL | undefined = new URL(firstUrl, base);
  while (url !== undefined && visited.size < maxPages) {
    visited.add(visitKey(url));
    let body: unknown;
    try {
      body = (await requestWithRetry(ctx, url.href)).body;
    } catch (error) {
      throw Object.assign(error as Error, { partial: all });
    }
    const page = resourcesOf(body);
    all.push(...page);
    onPage?.(page);
    const next = nextLink(body);
    url = next === undefined ? undefined : new URL(next, base);
    if (url !== undefined && url.origin !== base.origin) {
      throw Object.assign(new FhirHttpError({ status: 0, url: url.href, kind: "foreign-next-link", outcome: url.origin }), { partial: all });
    }
    if (url !== undefined && visited.has(visitKey(url))) {
      url = undefined;
    }
  }
  return all;
}

/** Resources of the pages that arrived before a search failed (attached by fetchAllPages). */
export function partialResources(error: unknown): unknown[] {
  const partial = (error as { partial?: unknown } | null)?.partial;
  return Array.isArray(partial) ? partial : [];
}
