// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import type { Recommendation } from "../contract/evaluation.ts";
import { GuidancePanel } from "./guidance-panel.tsx";
import { WarningsBanner } from "./warnings-banner.tsx";
import { multirefractoryEvaluation } from "./test-fixtures.ts";

afterEach(cleanup);

const EMERGENCY: Recommendation = {
  code: "emergency-management", title: "Treat the bleeding now", summary: "Active bleeding with a count below 30 ×10⁹/L.",
  rationale: "IVIG 1 g/kg, high-dose corticosteroids, platelet transfusion, tranexamic acid.", evidence: [{ citation: "ICR 2019" }], dataUsed: [], orders: [],
};

describe("WarningsBanner", () => {
  test("nothing to say: nothing rendered", () => {
    const { container } = render(<WarningsBanner warnings={[]} emergency={undefined} selectedRef={null} onSelectRef={vi.fn()} />);
    expect(container.innerHTML).toBe("");
  });
  test("emergency: an alert at the top with the emergency heading, then the warnings", () => {
    render(<WarningsBanner warnings={multirefractoryEvaluation().warnings} emergency={EMERGENCY} selectedRef={null} onSelectRef={vi.fn()} />);
    const alert = screen.getByRole("alert", { name: "Warnings" });
    expect(alert.className).toMatch(/emergency/);
    expect(within(alert).getByRole("heading", { name: "Emergency: Treat the bleeding now" })).toBeTruthy();
    expect(alert.textContent).toMatch(/Latest count 8 ×10⁹\/L is below 20/);
    expect(within(alert).getByRole("button", { name: /Observation\/plt-049/ })).toBeTruthy();
  });
});

describe("GuidancePanel", () => {
  test("monitoring, not recommended and pitfalls", () => {
    const ev = multirefractoryEvaluation();
    render(<GuidancePanel monitoring={ev.monitoring} notRecommended={ev.notRecommended ?? []} pitfalls={ev.pitfalls ?? []} />);
    const panel = screen.getByRole("region", { name: "Monitoring and cautions" });
    expect(panel.textContent).toMatch(/Platelet count weekly: Platelet count weekly while the TPO-RA dose is adjusted/);
    expect(panel.textContent).toMatch(/colchicine: No efficacy/);
    expect(within(panel).getByText(/Never stop a TPO-RA abruptly: taper/)).toBeTruthy();
  });
});
