import { describe, expect, it } from "vitest";
import { tpoRaContext } from "./tpo-ra-context.ts";
import { episode, weight } from "./test-support.ts";

describe("TPO-RA context", () => {
  it.each([
    ["Promacta: maximum 75 mg", null, 75, false],
    ["Alvaiz: maximum 54 mg, its own table", "alvaiz", 54, true],
  ] as const)("%s", (_n, formulation, max, alvaiz) => {
    const ctx = tpoRaContext(episode("eltrombopag", "2026-09-01", { formulation, doses: [["2026-09-01", 36, "mg"]] }), [], "2026-11-20");
    expect([ctx?.max, ctx?.isAlvaiz]).toEqual([max, alvaiz]);
  });

  it("not a TPO-RA: no context", () => {
    expect(tpoRaContext(episode("rituximab", "2026-09-01"), [], "2026-11-20")).toBeNull();
  });

  it("a clinician weight stands in when the course has no initiation weight", () => {
    const ctx = tpoRaContext(episode("romiplostim", "2026-01-01", { doses: [["2026-01-01", 70, "ug"]] }), [weight("2026-11-20", 70, "override:weight")], "2026-11-20");
    expect([ctx?.weight?.source, ctx?.run?.level]).toEqual(["override:weight", 1]);
  });
});
