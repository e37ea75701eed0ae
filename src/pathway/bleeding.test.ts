import { describe, expect, it } from "vitest";
import { assessBleeding } from "./bleeding.ts";
import { buildModel, condition } from "./test-support.ts";

describe("active bleeding: onset within 7 days of the as-of date, or the clinician says so", () => {
  it.each([
    ["onset 7 days before", "2026-11-13", undefined, true],
    ["onset 8 days before", "2026-11-12", undefined, false],
    ["onset on the as-of day", "2026-11-20", undefined, true],
    ["onset after the as-of date", "2026-11-21", undefined, false],
    ["old bleed, clinician says bleeding now", "2026-01-01", true, true],
    ["recent bleed, clinician says not bleeding", "2026-11-19", false, false],
  ] as const)("%s -> %s", (_n, onset, override, active) => {
    const model = buildModel({ conditions: [condition("bleeding", onset)] });
    expect(assessBleeding(model, "2026-11-20", override).active).toBe(active);
  });
});
