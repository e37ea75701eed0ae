import { describe, expect, it } from "vitest";
import { assessApplicability } from "./applicability.ts";
import { buildModel, condition, episode, itp, type ModelParts } from "./test-support.ts";

describe("applicability and diagnosis (notes section 1; codes.md)", () => {
  it.each<[string, ModelParts, boolean, string, string | null]>([
    ["ITP code -> primary ITP", { conditions: [itp("2024-01-10")] }, true, "primary-itp", "2024-01-10"],
    ["ITP + SLE -> secondary ITP", { conditions: [itp("2024-01-10"), condition("secondary-cause", "2020-01-01", { secondaryCause: "sle" })] }, true, "secondary-itp", "2024-01-10"],
    ["unspecified thrombocytopenia + romiplostim -> ITP", { conditions: [condition("thrombocytopenia-other", "2023-05-01")], therapies: [episode("romiplostim", "2024-01-01")] }, true, "primary-itp", "2023-05-01"],
    ["unspecified thrombocytopenia + prednisone for another reason -> not applicable", { conditions: [condition("thrombocytopenia-other", "2023-05-01")], therapies: [episode("prednisone", "2024-01-01", { reasonIsItp: false })] }, false, "thrombocytopenia-unspecified", null],
    ["drug-induced thrombocytopenia -> not applicable", { conditions: [condition("thrombocytopenia-not-itp", "2026-10-01")] }, false, "thrombocytopenia-unspecified", null],
    ["nothing -> none", {}, false, "none", null],
    ["unspecified thrombocytopenia + eltrombopag for another recorded indication -> not applicable", { conditions: [condition("thrombocytopenia-other", "2023-05-01")], therapies: [episode("eltrombopag", "2024-01-01", { reasonIsItp: false })] }, false, "thrombocytopenia-unspecified", null],
    ["unspecified thrombocytopenia + anti-D with no recorded reason -> ITP (codes.md)", { conditions: [condition("thrombocytopenia-other", "2023-05-01")], therapies: [episode("rho-d-immune-globulin", "2024-01-01", { reasonIsItp: null })] }, true, "primary-itp", "2023-05-01"],
  ])("%s", (_n, parts, applies, diagnosis, date) => {
    const a = assessApplicability(buildModel(parts));
    expect([a.pathwayApplies, a.diagnosis, a.diagnosisDate]).toEqual([applies, diagnosis, date]);
  });

  it("uses the earliest ITP onset or recorded date", () => {
    const a = assessApplicability(buildModel({ conditions: [itp("2024-01-10"), condition("itp", null, { recorded: "2023-12-01T10:00:00Z" })] }));
    expect(a.diagnosisDate).toBe("2023-12-01");
  });

  it("lists secondary causes found in the record", () => {
    const a = assessApplicability(buildModel({ conditions: [itp("2024-01-10"), condition("secondary-cause", null, { secondaryCause: "mgus" })] }));
    expect(a.secondaryCauses).toEqual(["mgus"]);
  });
});
