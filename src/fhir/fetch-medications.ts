/**
 * Reads the Medications that medication resources reference but no search included: `Medication?_id=a,b,...` in
 * batches; when a server refuses `_id` search for a batch (4xx other than 401), each id of it is read directly
 * (`Medication/<id>`, https://hl7.org/fhir/R4/http.html#read).
 */
import { fetchSpec, type SpecOutcome } from "./fetch-spec.ts";
import type { PagingContext } from "./pages.ts";
import { medicationByIdUrls, type QuerySpec } from "./queries.ts";

export const MEDICATION_SPEC: QuerySpec = { key: "Medication", resourceType: "Medication", kind: "search", params: [] };

const BATCH = 50;

function refused(outcome: SpecOutcome): boolean {
  const e = outcome.error;
  return e !== undefined && e.kind === "http" && e.status >= 400 && e.status < 500 && outcome.resources.length === 0;
}

function merge(parts: readonly SpecOutcome[]): SpecOutcome {
  const resources = parts.flatMap((p) => p.resources);
  const failed = parts.find((p) => p.unavailable !== undefined);
  return failed?.unavailable ? { resources, unavailable: failed.unavailable, ...(failed.error ? { error: failed.error } : {}) } : { resources };
}

/**
 * @param ctx - paging context
 * @param ids - distinct Medication ids to read
 * @param onPage - progress per page
 * @returns the Medications read, and an `unavailable` entry when some could not be
 */
export async function fetchMedications(ctx: PagingContext, ids: readonly string[], onPage: (r: readonly unknown[]) => void): Promise<SpecOutcome> {
  const urls = medicationByIdUrls(ids, BATCH);
  const parts = await Promise.all(
    urls.map(async (url, i) => {
      const batch = await fetchSpec(ctx, MEDICATION_SPEC, () => url, onPage);
      if (!refused(batch)) {
        return batch;
      }
      const reads = ids.slice(i * BATCH, (i + 1) * BATCH).map((id) => `Medication/${encodeURIComponent(id)}`);
      const results: SpecOutcome[] = [];
      for (const read of reads) {
        results.push(await fetchSpec(ctx, MEDICATION_SPEC, () => read, onPage)); // one at a time: the server already pushed back once
      }
      return merge(results);
    }),
  );
  return merge(parts);
}
