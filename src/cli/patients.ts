/**
 * The Patients an input holds, in input order (Bundles of any type, nested Bundles included).
 */
import type { InputResource } from "./read-input.ts";

function collect(resource: unknown, out: string[]): void {
  if (typeof resource !== "object" || resource === null) return;
  const r = resource as Record<string, unknown>;
  if (r["resourceType"] === "Patient" && typeof r["id"] === "string" && r["id"] !== "") {
    if (!out.includes(r["id"])) out.push(r["id"]);
    return;
  }
  if (r["resourceType"] === "Bundle" && Array.isArray(r["entry"])) {
    for (const e of r["entry"]) {
      if (typeof e !== "object" || e === null) continue;
      const entry = e as Record<string, unknown>;
      collect(entry["resource"], out);
      const response = entry["response"] as Record<string, unknown> | undefined;
      if (response && typeof response === "object") collect(response["outcome"], out);
    }
  }
}

/**
 * @param resources - the top-level resources read
 * @returns Patient ids in order of first appearance
 */
export function patientIds(resources: readonly InputResource[]): string[] {
  const out: string[] = [];
  for (const r of resources) collect(r.resource, out);
  return out;
}

/** True when any Patient resource (with or without an id) is present. */
export function hasPatient(resources: readonly InputResource[]): boolean {
  const text = (x: unknown): boolean => {
    if (typeof x !== "object" || x === null) return false;
    const r = x as Record<string, unknown>;
    if (r["resourceType"] === "Patient") return true;
    return r["resourceType"] === "Bundle" && Array.isArray(r["entry"]) && r["entry"].some((e) => typeof e === "object" && e !== null && text((e as Record<string, unknown>)["resource"]));
  };
  return resources.some((r) => text(r.resource));
}
