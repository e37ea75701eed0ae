import { describe, expect, it } from "vitest";
import { buildState } from "./build-state.ts";
import { secondLineIndication } from "./indication.ts";
import { buildModel, condition, episode, itp, platelets, type ModelParts } from "./test-support.ts";

const AS_OF = "2026-11-20";

describe("second-line therapy indicated (notes section 2, step 3; ASH 2019)", () => {
  it.each<[string, ModelParts, boolean]>([
    ["chronic, count 29 -> indicated", { conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-19", 29]) }, true],
    ["chronic, count 30 -> not indicated", { conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-19", 30]) }, false],
    ["persistent, count 29 -> indicated", { conditions: [itp("2026-05-01")], platelets: platelets(["2026-11-19", 29]) }, true],
    ["newly diagnosed, count 10, no treatment yet -> not indicated", { conditions: [itp("2026-10-01")], platelets: platelets(["2026-11-19", 10]) }, false],
    ["chronic, count 60 with bleeding -> indicated", { conditions: [itp("2020-01-01"), condition("bleeding", "2026-11-18")], platelets: platelets(["2026-11-19", 60]) }, true],
    [
      "newly diagnosed, prednisone failed (no response after 14 days) -> indicated",
      { conditions: [itp("2026-10-01")], platelets: platelets(["2026-10-01", 10], ["2026-10-10", 12], ["2026-10-20", 15]), therapies: [episode("prednisone", "2026-10-02", { end: "2026-10-25" })] },
      true,
    ],
    [
      "responding to ongoing prednisone -> never",
      { conditions: [itp("2020-01-01")], platelets: platelets(["2026-10-01", 10], ["2026-10-10", 120], ["2026-10-20", 25], ["2026-11-19", 120]), therapies: [episode("prednisone", "2026-10-02")] },
      false,
    ],
    [
      "on romiplostim being titrated (not failed) -> held back",
      { conditions: [itp("2020-01-01")], platelets: platelets(["2026-11-19", 20]), therapies: [episode("romiplostim", "2026-11-01", { doses: [["2026-11-01", 1, "ug/kg"]] })] },
      false,
    ],
  ])("%s", (_n, parts, indicated) => {
    expect(secondLineIndication(buildState(buildModel(parts), AS_OF)).indicated).toBe(indicated);
  });
});

describe("therapies for another indication are not ITP lines (codes.md)", () => {
  it("prednisone for lupus that did not raise the count does not make second line indicated in newly diagnosed ITP", () => {
    const parts: ModelParts = { conditions: [itp("2026-10-01")], platelets: platelets(["2026-10-01", 10], ["2026-10-10", 12], ["2026-10-20", 15]), therapies: [episode("prednisone", "2026-10-02", { end: "2026-10-25", reasonIsItp: false })] };
    expect(secondLineIndication(buildState(buildModel(parts), AS_OF)).indicated).toBe(false);
  });
});
