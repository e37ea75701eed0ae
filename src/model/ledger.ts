/**
 * The ledger: every resource read is used (with what it fed) or excluded (with a reason), exactly once
 * (shared/design/architecture-and-style.md habit 6; evaluation.md `dataQuality`).
 */
import type { ExclusionReason } from "../contract/evaluation.ts";
import type { Ledger } from "./patient-model.ts";

/** One resource read, with its position in the flattened input. */
export interface ReadItem {
  readonly index: number;
  readonly ref: string;
  readonly resource: Record<string, unknown> | undefined;
  /** The resource's `fullUrl` in its Bundle, when it had one (urn:uuid references resolve through it). */
  readonly fullUrl: string | undefined;
}

export type Outcome =
  | { readonly kind: "used"; readonly usedFor: string }
  | { readonly kind: "excluded"; readonly reason: ExclusionReason; readonly detail?: string };

/** Collects one outcome per item; the first outcome recorded for an item wins. */
export class LedgerBuilder {
  private readonly outcomes = new Map<number, Outcome>();

  constructor(private readonly items: readonly ReadItem[]) {}

  use(item: ReadItem, usedFor: string): void {
    this.set(item, { kind: "used", usedFor });
  }

  exclude(item: ReadItem, reason: ExclusionReason, detail?: string): void {
    this.set(item, detail === undefined ? { kind: "excluded", reason } : { kind: "excluded", reason, detail });
  }

  has(item: ReadItem): boolean {
    return this.outcomes.has(item.index);
  }

  outcome(item: ReadItem): Outcome | undefined {
    return this.outcomes.get(item.index);
  }

  private set(item: ReadItem, outcome: Outcome): void {
    if (!this.outcomes.has(item.index)) {
      this.outcomes.set(item.index, outcome);
    }
  }

  /** The ledger in input order; an item nobody decided on is excluded `not-relevant` (a safety net, tested to stay unused). */
  build(): Ledger {
    const ledger: Ledger = { read: this.items.length, used: [], excluded: [] };
    for (const item of this.items) {
      const o = this.outcomes.get(item.index) ?? { kind: "excluded", reason: "not-relevant", detail: "not processed" };
      if (o.kind === "used") {
        ledger.used.push({ ref: item.ref, usedFor: o.usedFor });
      } else {
        ledger.excluded.push(o.detail === undefined ? { ref: item.ref, reason: o.reason } : { ref: item.ref, reason: o.reason, detail: o.detail });
      }
    }
    return ledger;
  }
}
