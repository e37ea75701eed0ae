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
  try {
    return { resources: await fetchAllPages(ctx, urlFor([]), onPage) };
  } catch (first) {
    if (first instanceof SessionExpiredError || !(first instanceof FhirHttpError)) {
      throw first;
    }
    let error: FhirHttpError = first;
    if (spec.categoryFallback !== undefined && demandsCategory(first) && partialResources(first).length === 0) {
      try {
        return { resources: await fetchAllPages(ctx, urlFor([["category", spec.categoryFallback]]), onPage) };
      } catch (second) {
        if (second instanceof SessionExpiredError || !(second instanceof FhirHttpError)) {
          throw second;
        }
        error = second;
      }
    }
    const partial = partialResources(error);
    return { resources: partial, unavailable: { resourceType: spec.resourceType, reason: reasonFor(spec, error, partial.length) }, error };
  }
}
