/**
 * Flattening of the input (Bundles of any type, nested Bundles) into the list of resources read, and
 * reference resolution: `#id` (contained), `urn:uuid:` (Bundle fullUrl), `Type/id`, absolute and versioned URLs.
 */
import { asArray, asRecord, asString, type Json } from "./fhir-read.ts";
import type { ReadItem } from "./ledger.ts";

/**
 * Every resource in the input, in order. A Bundle is a container, not a resource read: its entries are
 * (recursively) read instead; a contained resource is part of its container and not read separately.
 * @param resources - the input array, any shapes
 */
export function flatten(resources: readonly unknown[]): ReadItem[] {
  const out: ReadItem[] = [];
  const visit = (value: unknown, fullUrl: string | undefined, depth: number): void => {
    const r = asRecord(value);
    if (r !== undefined && r["resourceType"] === "Bundle" && depth < 8) {
      for (const entry of asArray(r["entry"])) {
        const e = asRecord(entry);
        if (e !== undefined && e["resource"] !== undefined) {
          visit(e["resource"], asString(e["fullUrl"])?.trim(), depth + 1);
        }
      }
      return;
    }
    out.push({ index: out.length, ref: refFor(r, fullUrl, out.length), resource: r, fullUrl });
  };
  for (const value of resources) {
    visit(value, undefined, 0);
  }
  return out;
}

function refFor(r: Json | undefined, fullUrl: string | undefined, index: number): string {
  const type = asString(r?.["resourceType"]);
  const id = asString(r?.["id"]);
  if (type !== undefined && id !== undefined) {
    return `${type}/${id}`;
  }
  if (fullUrl !== undefined) {
    return fullUrl;
  }
  return `${type ?? "unknown"}/#${index + 1}`;
}

/** "Type/id" from a relative, absolute or versioned literal reference, or undefined. */
export function typeAndId(reference: string): { type: string; id: string } | undefined {
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference.trim());
  return m?.[1] !== undefined && m[2] !== undefined ? { type: m[1], id: m[2] } : undefined;
}

/** Lookup of the items read, by "Type/id" and by fullUrl. The first item with a key wins. */
export class ResourceIndex {
  private readonly byKey = new Map<string, ReadItem>();

  constructor(items: readonly ReadItem[]) {
    for (const item of items) {
      const type = asString(item.resource?.["resourceType"]);
      const id = asString(item.resource?.["id"]);
      if (type !== undefined && id !== undefined && !this.byKey.has(`${type}/${id}`)) {
        this.byKey.set(`${type}/${id}`, item);
      }
      if (item.fullUrl !== undefined && !this.byKey.has(item.fullUrl)) {
        this.byKey.set(item.fullUrl, item);
      }
    }
  }

  /** The item a literal reference points to (not contained resources: see `resolveResource`). */
  item(reference: string): ReadItem | undefined {
    const direct = this.byKey.get(reference.trim());
    if (direct !== undefined) {
      return direct;
    }
    const ti = typeAndId(reference);
    return ti === undefined ? undefined : this.byKey.get(`${ti.type}/${ti.id}`);
  }

  /**
   * The resource a reference points to: a contained one (`#id`) inside `container`, else an item read.
   * @returns the resource and, when it is an item read (not contained), that item
   */
  resolveResource(reference: string, container: Json): { resource: Json; item: ReadItem | undefined } | undefined {
    if (reference.startsWith("#")) {
      const id = reference.slice(1);
      const found = asArray(container["contained"]).map(asRecord).find((c) => c !== undefined && c["id"] === id);
      return found === undefined ? undefined : { resource: found, item: undefined };
    }
    const item = this.item(reference);
    return item?.resource === undefined ? undefined : { resource: item.resource, item };
  }
}
