/**
 * Runs one query spec to completion: all pages, the Observation `category` fallback for servers that demand it,
 * and the decision whether a failure stops the load (401) or only marks the type unavailable.
 */
import { FhirHttpError, SessionExpiredError, toErrorMessage } from "./errors.ts";
import { fetchAllPages, partialResources, type PagingContext } from "./pages.ts";
import type { QuerySpec } from "./queries.ts";

export interface SpecOutcome {
  readonly resources: unknown[];
  /** Set when the type could not be read (completely or in part). */
  readonly unavailable?: { resourceType: string; reason: string };
  /** The error, when the spec failed, so the caller can tell "everything failed on the network". */
  readonly error?: FhirHttpError;
}

/**
 * Epic (and others) refuse an Observation search without `category`: 400/422 with an OperationOutcome naming it.
 * See https://fhir.epic.com/Specifications?api=10060
 */
export function demandsCategory(error: unknown): boolean {
  return (
    error instanceof FhirHttpError &&
    error.kind === "http" &&
    (error.status === 400 || error.status === 422) &&
    /category/i.test(error.outcome ?? "")
  );
}

function reasonFor(spec: QuerySpec, error: unknown, partial: number): string {
  const status = error instanceof FhirHttpError && error.status > 0 ? `HTTP ${error.status}` : "";
  const detail = error instanceof FhirHttpError && error.kind === "http" ? (error.outcome ?? "") : toErrorMessage(error);
  const tail = partial > 0 ? ` (incomplete: ${partial} resources arrived before the failure)` : "";
  return `${spec.key}: ${[status, detail].filter(Boolean).join(" ")}${tail}`;
}

/** A server that refuses our page size (400/422 naming `_count`): ask again with its default page size. */
export function rejectsCount(error: unknown): boolean {
  return error instanceof FhirHttpError && error.kind === "http" && (error.status === 400 || error.status === 422) && /_count/i.test(error.outcome ?? "");
}

/** The URL without one query parameter (kept textual, so token lists stay as written). */
export function withoutParam(url: string, name: string): string {
  const [path, query = ""] = url.split("?", 2);
  const kept = query.split("&").filter((p) => p !== "" && p.split("=")[0] !== name);
  return kept.length > 0 ? `${path}?${kept.join("&")}` : (path ?? url);
}

/**
 * @param ctx - paging context
 * @param spec - the query
 * @param urlFor - the spec's URL, with extra parameters on the category retry (see queryUrl)
 * @param onPage - each page's resources as they arrive
 * @throws SessionExpiredError (401) and AbortError; every other failure is returned as `unavailable`
 */
export async function fetchSpec(
  ctx: PagingContext,
  spec: QuerySpec,
  urlFor: (extra: readonly (readonly [string, string])[]) => string,
  onPage: (resources: readonly unknown[]) => void,
): Promise<SpecOutcome> {
  let extra: (readonly [string, string])[] = [];
  let dropCount = false;
  // At most one repair of each kind, each only when nothing has arrived yet (no duplicates from a restart).
  for (let attempt = 0; ; attempt++) {
    const url = dropCount ? withoutParam(urlFor(extra), "_count") : urlFor(extra);
    try {
      return { resources: await fetchAllPages(ctx, url, onPage) };
    } catch (error) {
      if (error instanceof SessionExpiredError || !(error instanceof FhirHttpError)) {
        throw error;
      }
      const untouched = partialResources(error).length === 0 && attempt < 2;
      if (untouched && spec.categoryFallback !== undefined && extra.length === 0 && demandsCategory(error)) {
        extra = [["category", spec.categoryFallback]];
        continue;
      }
      if (untouched && !dropCount && rejectsCount(error)) {
        dropCount = true;
        continue;
      }
      const partial = partialResources(error);
      return { resources: partial, unavailable: { resourceType: spec.resourceType, reason: reasonFor(spec, error, partial.length) }, error };
    }
  }
}
