/**
 * Medications referenced by MedicationRequest/Statement/Administration (`medicationReference`, R4) that the
 * searches did not already return (`_include` is optional for servers: https://hl7.org/fhir/R4/search.html#include).
 */

/**
 * Ids of referenced Medications on this server that are not among `resources`.
 * Contained (`#id`) and other-server references are skipped; `_history` versions are read as the current one.
 * @param resources - every resource read so far
 * @param serverUrl - the FHIR base URL, to recognise absolute references to this server
 * @returns distinct ids, in first-seen order
 */
export function missingMedicationIds(resources: readonly unknown[], serverUrl: string): string[] {
  const have = new Set<string>();
  for (const r of resources) {
    const res = r as { resourceType?: unknown; id?: unknown };
    if (res?.resourceType === "Medication" && typeof res.id === "string") {
      have.add(res.id);
    }
  }
  const base = serverUrl.replace(/\/+$/, "") + "/";
  const wanted: string[] = [];
  for (const r of resources) {
    const ref = (r as { medicationReference?: { reference?: unknown } } | null)?.medicationReference?.reference;
    if (typeof ref !== "string") {
      continue;
    }
    const relative = ref.startsWith(base) ? ref.slice(base.length) : ref;
    const match = /^Medication\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(relative);
    const id = match?.[1];
    if (id !== undefined && !have.has(id) && !wanted.includes(id)) {
      wanted.push(id);
    }
  }
  return wanted;
}
