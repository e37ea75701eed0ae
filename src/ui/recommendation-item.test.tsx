// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { RecommendationList } from "./recommendation-list.tsx";
import { multirefractoryEvaluation } from "./test-fixtures.ts";
import type { Recommendation } from "../contract/evaluation.ts";

afterEach(cleanup);

function setup(recommendations: Recommendation[], selectedRef: string | null = null): { onSelectRef: ReturnType<typeof vi.fn> } {
  const onSelectRef = vi.fn();
  render(
    <RecommendationList
      recommendations={recommendations} patientId="p1" asOf="2026-11-20"
      usedFor={new Map([["Observation/wt-1", "weight"]])} selectedRef={selectedRef} onSelectRef={onSelectRef}
    />,
  );
  return { onSelectRef };
}

const recs = multirefractoryEvaluation().recommendations;

describe("RecommendationList / RecommendationItem", () => {
  test("ranked list with title and one-line summary, collapsed", () => {
    setup(recs);
    const items = screen.getAllByRole("listitem").filter((li) => li.classList.contains("rec-item"));
    expect(items.map((li) => li.querySelector(".rec-title")?.textContent)).toEqual([
      "Re-evaluate the diagnosis", "Add an immunosuppressant to a TPO-RA", "Haematopoietic stem cell transplantation (last resort)",
    ]);
    expect(items[1]?.querySelector(".rec-summary")?.textContent).toBe("Preferred after TPO-RA failure: 7 of 10 responded.");
    expect(items.every((li) => !(li.querySelector("details") as HTMLDetailsElement).open)).toBe(true);
  });

  test("expanded: rationale, evidence link in a new tab, data used, benefit/harm, orders", () => {
    const { onSelectRef } = setup(recs, "Observation/wt-1");
    const item = screen.getByText("Add an immunosuppressant to a TPO-RA").closest("li") as HTMLElement;
    fireEvent.click(within(item).getByText("Add an immunosuppressant to a TPO-RA"));
    const link = within(item).getByRole("link", { name: /Mahévas M et al/ });
    expect([link.getAttribute("target"), link.getAttribute("rel")]).toEqual(["_blank", "noopener noreferrer"]);
    expect(within(item).getByText("Seed clinical summary 2025-2026").tagName).toBe("LI");
    const weight = within(item).getByRole("button", { name: /Observation\/wt-1 \(weight\)/ });
    expect(weight.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(within(item).getByRole("button", { name: /Observation\/plt-049/ }));
    expect(onSelectRef).toHaveBeenCalledWith("Observation/plt-049");
    const bh = within(item).getByRole("table", { name: "Benefit and harm" });
    expect(within(bh).getByRole("row", { name: /Durability/ }).textContent).toMatch(/median 15 months/);
    expect(within(item).getByRole("button", { name: "Copy order" })).toBeTruthy();
  });

  test("the emergency item is open from the start", () => {
    const emergency: Recommendation = {
      code: "emergency-management", title: "Emergency management of bleeding", rationale: "Active bleeding with a count below 30.",
      evidence: [{ citation: "ICR 2019" }], dataUsed: [], orders: [],
    };
    setup([emergency, ...recs]);
    expect((screen.getByText("Emergency management of bleeding").closest("details") as HTMLDetailsElement).open).toBe(true);
  });

  test("empty list says so", () => {
    setup([]);
    expect(screen.getByText("No recommendation for this patient today.")).toBeTruthy();
  });
});
