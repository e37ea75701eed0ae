import { compartmentOf, tokensOf } from "./search-params.ts";
import type { Res } from "./types.ts";

/**
 * In-memory resource store with the three indexes the searches need: by type, by patient compartment
 * (so one patient's 1,000 Observations are found without scanning everyone's), and by `code` token.
 */
export class Store {
  private readonly types = new Map<string, Map<string, Res>>();
  private readonly compartments = new Map<string, Map<string, Res[]>>();
  private readonly codes = new Map<string, Map<string, Set<Res>>>();

  /** Adds a resource; the caller has already resolved id clashes. */
  add(r: Res): void {
    let byId = this.types.get(r.resourceType);
    if (!byId) this.types.set(r.resourceType, (byId = new Map()));
    byId.set(r.id, r);
    for (const pid of compartmentOf(r)) {
      let byType = this.compartments.get(pid);
      if (!byType) this.compartments.set(pid, (byType = new Map()));
      const list = byType.get(r.resourceType);
      if (list) list.push(r);
      else byType.set(r.resourceType, [r]);
    }
    const codeEl = r.code ?? r.medicationCodeableConcept;
    let idx = this.codes.get(r.resourceType);
    if (!idx) this.codes.set(r.resourceType, (idx = new Map()));
    for (const t of tokensOf(codeEl)) {
      if (t.code === undefined) continue;
      for (const key of [`*|${t.code}`, `${t.system ?? ""}|${t.code}`]) {
        const set = idx.get(key);
        if (set) set.add(r);
        else idx.set(key, new Set([r]));
      }
    }
  }

  get(type: string, id: string): Res | undefined {
    return this.types.get(type)?.get(id);
  }

  /** All resources of a type. */
  all(type: string): Res[] {
    return [...(this.types.get(type)?.values() ?? [])];
  }

  /** Resources of a type in one patient's compartment. */
  inCompartment(patientId: string, type: string): Res[] {
    return this.compartments.get(patientId)?.get(type) ?? [];
  }

  /** Resources of a type whose `code` (or medicationCodeableConcept) has the code, in any system when system is undefined. */
  withCode(type: string, system: string | undefined, code: string): Res[] {
    const set = this.codes.get(type)?.get(system === undefined ? `*|${code}` : `${system}|${code}`);
    return set ? [...set] : [];
  }

  typeNames(): string[] {
    return [...this.types.keys()].sort();
  }

  count(type?: string): number {
    if (type !== undefined) return this.types.get(type)?.size ?? 0;
    let n = 0;
    for (const m of this.types.values()) n += m.size;
    return n;
  }
}
