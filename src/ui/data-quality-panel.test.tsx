// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { DataQualityPanel } from "./data-quality-panel.tsx";
import { AS_OF, multirefractoryEvaluation, multirefractoryModel, QUERIES } from "./test-fixtures.ts";

afterEach(cleanup);

function setup(): { onSelectRef: ReturnType<typeof vi.fn> } {
  const onSelectRef = vi.fn();
  const ev = multirefractoryEvaluation();
  ev.dataQuality.unavailable = [{ resourceType: "MedicationAdministration", reason: "403 Forbidden" }];
  render(<DataQualityPanel evaluation={ev} model={multirefractoryModel()} queries={QUERIES} asOf={AS_OF} selectedRef={null} onSelectRef={onSelectRef} />);
  return { onSelectRef };
}

describe("DataQualityPanel", () => {
  test("read / used / excluded counts and freshness in days before asOf", () => {
    setup();
    const panel = screen.getByRole("region", { name: "Data quality and provenance" });
    expect(panel.textContent).toMatch(/62 resources read · 51 used · 3 excluded/);
    expect(panel.textContent).toMatch(/Latest platelet count2026-11-10 \(10 days old on 2026-11-20\)/);
    expect(panel.textContent).toMatch(/Latest body weight2026-10-03 \(48 days old on 2026-11-20\)/);
    expect(panel.textContent).toMatch(/MedicationAdministration: 403 Forbidden/);
  });

  test("excluded refs grouped by reason, with detail", () => {
    setup();
    const group = screen.getByText("Unit not recognised (1)").closest("details") as HTMLDetailsElement;
    expect(within(group).queryByText("Observation/plt-unit")).toBeNull();
    group.open = true;
    fireEvent(group, new Event("toggle"));
    expect(within(group).getByText("Observation/plt-unit")).toBeTruthy();
    expect(group.textContent).toMatch(/unit 'cells' not recognised/);
    expect(screen.getByText("Entered in error (1)")).toBeTruthy();
  });

  test("used refs grouped by purpose are buttons that select the source", () => {
    const { onSelectRef } = setup();
    const group = screen.getByText("weight (1)").closest("details") as HTMLDetailsElement;
    group.open = true;
    fireEvent(group, new Event("toggle"));
    fireEvent.click(within(group).getByRole("button", { name: /Observation\/wt-1/ }));
    expect(onSelectRef).toHaveBeenCalledWith("Observation/wt-1");
  });

  test("query log: URL and status of every query", () => {
    setup();
    const log = screen.getByText("FHIR queries (3)").closest("details") as HTMLElement;
    const rows = within(log).getAllByRole("row").slice(1).map((r) => r.textContent);
    expect(rows).toEqual([
      "Patient/itp-multirefractory200140",
      "Observation?patient=itp-multirefractory&code=777-320052120",
      "MedicationAdministration?patient=itp-multirefractory403030",
    ]);
  });
});
