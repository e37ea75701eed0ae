import { describe, expect, it } from "vitest";
import { refractoryStatus, type RefractoryTherapy } from "./refractory.ts";

function t(agent: string, failed: boolean, windowPassed = true, judgedCounts = 3): RefractoryTherapy {
  return { agent, start: "2025-01-01", failed, windowPassed, judgedCounts };
}

describe("refractory status (notes section 1; Mahévas 2016)", () => {
  it.each<[string, RefractoryTherapy[], boolean, string]>([
    ["all four of the Mahévas set failed -> multirefractory", [t("splenectomy", true), t("rituximab", true), t("romiplostim", true), t("eltrombopag", true)], true, "multirefractory"],
    ["three of four failed -> refractory", [t("splenectomy", true), t("rituximab", true), t("romiplostim", true), t("eltrombopag", false)], true, "refractory"],
    ["a failed TPO-RA -> refractory", [t("romiplostim", true)], true, "refractory"],
    ["a failed fostamatinib -> refractory", [t("fostamatinib", true)], true, "refractory"],
    ["only first-line failed -> not refractory", [t("prednisone", true)], true, "not-refractory"],
    ["no count at all -> insufficient-data", [t("prednisone", false)], false, "insufficient-data"],
    ["a failed line wins over no count (precedence)", [t("romiplostim", true)], false, "refractory"],
    ["second-line window passed without a count -> insufficient-data", [t("rituximab", false, true, 0)], true, "insufficient-data"],
    ["a failed line is never hidden by one that cannot be judged", [t("rituximab", false, true, 0), t("eltrombopag", true)], true, "refractory"],
    ["second-line still inside its window, no count -> not refractory", [t("rituximab", false, false, 0)], true, "not-refractory"],
    ["IVIG without counts never matters", [t("immune-globulin", false, true, 0)], true, "not-refractory"],
  ])("%s", (_n, therapies, hasCount, status) => {
    expect(refractoryStatus(therapies, hasCount).status).toBe(status);
  });
});

describe("refractory status when a record that could show a failed line could not be read (ADR 0010 item 30)", () => {
  const hidden = "the record of procedures could not be read from the EHR (HTTP 403), so a failed second-line therapy cannot be excluded";
  it.each<[string, RefractoryTherapy[], boolean, string]>([
    ["nothing failed -> insufficient-data", [t("prednisone", true)], true, "insufficient-data"],
    ["a visible failed line wins -> refractory", [t("romiplostim", true)], true, "refractory"],
    ["all four visible and failed -> multirefractory", [t("splenectomy", true), t("rituximab", true), t("romiplostim", true), t("eltrombopag", true)], true, "multirefractory"],
    ["no count and nothing failed -> insufficient-data", [], false, "insufficient-data"],
  ])("%s", (_n, therapies, hasCount, status) => {
    const r = refractoryStatus(therapies, hasCount, hidden);
    expect(r.status).toBe(status);
    if (status === "insufficient-data") expect([r.reason, r.byGaps]).toEqual([`no visible second-line therapy has failed, but ${hidden}`, true]);
  });
});
