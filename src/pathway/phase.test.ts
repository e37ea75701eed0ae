import { describe, expect, it } from "vitest";
import { phaseOf } from "./phase.ts";

describe("phase (IWG 2009: < 3 months, 3-12 months, > 12 months)", () => {
  it.each([
    ["2026-08-21", "newly-diagnosed"],
    ["2026-08-20", "persistent"],
    ["2025-11-20", "persistent"],
    ["2025-11-19", "chronic"],
    ["2016-01-01", "chronic"],
    ["2026-11-21", "unknown"],
    [null, "unknown"],
  ] as const)("diagnosed %s, as of 2026-11-20 -> %s", (diag, phase) => {
    expect(phaseOf(diag, "2026-11-20")).toBe(phase);
  });
});
