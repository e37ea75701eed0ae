// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { LoadState } from "../app/load-state.ts";
import { App } from "./app-shell.tsx";
import { multirefractoryEvaluation, multirefractoryModel, readyState } from "./test-fixtures.ts";

afterEach(cleanup);

function setup(state: LoadState): { onOverridesChange: ReturnType<typeof vi.fn> } {
  const onOverridesChange = vi.fn();
  render(<App state={state} onOverridesChange={onOverridesChange} />);
  return { onOverridesChange };
}

describe("App: ready", () => {
  test("header, status line, warnings, recommendations and the lazily loaded chart", async () => {
    setup(readyState());
    expect(screen.getByRole("heading", { level: 1, name: "Maria Example" })).toBeTruthy();
    const status = screen.getByRole("list", { name: "Status" });
    expect(within(status).getByText("Multirefractory")).toBeTruthy();
    expect(within(status).getByText(/Chronic/)).toBeTruthy();
    expect(status.textContent).toMatch(/Latest platelets 8 ×10⁹\/L on 2026-11-10/);
    expect(status.textContent).toMatch(/falling/);
    expect(screen.getByRole("alert", { name: "Warnings" }).textContent).toMatch(/below 20/);
    expect(within(screen.getByRole("region", { name: "Recommendations" })).getByText("Add an immunosuppressant to a TPO-RA")).toBeTruthy();
    expect(await screen.findByRole("application", {}, { timeout: 5000 })).toBeTruthy();
  });

  test("a platelet reference in 'data used' selects the point and opens the data table", async () => {
    setup(readyState());
    await screen.findByRole("application", {}, { timeout: 5000 });
    const recs = screen.getByRole("region", { name: "Recommendations" });
    const item = within(recs).getByText("Re-evaluate the diagnosis").closest("details") as HTMLDetailsElement;
    fireEvent.click(within(item).getByText("Re-evaluate the diagnosis"));
    fireEvent.click(within(item).getByRole("button", { name: /Observation\/plt-049/ }));
    expect(screen.getByText(/platelet count 8 ×10⁹\/L on 2026-11-10/)).toBeTruthy();
    const table = await screen.findByRole("table", { name: /Platelet counts, newest first/ });
    const pressed = within(table).getByRole("button", { pressed: true });
    expect(pressed.textContent).toBe("2026-11-10");
  });
});

describe("App: other states", () => {
  test("loading shows progress by resource type and the chart once counts arrived", async () => {
    setup({
      status: "loading",
      progress: [
        { resourceType: "Observation:platelets", status: "done", count: 50 },
        { resourceType: "MedicationRequest", status: "pending", count: 3 },
        { resourceType: "MedicationAdministration", status: "failed", count: 0 },
      ],
      partialModel: multirefractoryModel(),
    });
    expect(screen.getByRole("heading", { name: /Reading the patient record/ })).toBeTruthy();
    expect(screen.getByText(/MedicationAdministration/).closest("li")?.textContent).toMatch(/could not be read/);
    expect(await screen.findByRole("application", {}, { timeout: 5000 })).toBeTruthy();
  });

  test("loading without counts shows no chart", () => {
    setup({ status: "loading", progress: [{ resourceType: "Patient", status: "pending", count: 0 }] });
    expect(screen.queryByText(/Loading the chart/)).toBeNull();
    expect(screen.getByText(/reading…/)).toBeTruthy();
  });

  test("error: clear words, server detail without the stack trace, relaunch link", () => {
    setup({
      status: "error", kind: "session-expired", message: "The access token expired.",
      detail: "invalid_token: expired\n    at refresh (client.js:10:3)", relaunchUrl: "launch.html?iss=https://ehr.example/fhir",
    });
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading", { name: "Your session has ended" })).toBeTruthy();
    expect(alert.textContent).toMatch(/invalid_token: expired/);
    expect(alert.textContent).not.toMatch(/client\.js/);
    expect(within(alert).getByRole("link", { name: "Launch again" }).getAttribute("href")).toBe("launch.html?iss=https://ehr.example/fhir");
  });

  test.each<["no-launch" | "auth-denied" | "network" | "unexpected", RegExp]>([
    ["no-launch", /Open ITP Navigator from the patient's chart/],
    ["auth-denied", /Access was not granted/],
    ["network", /The EHR could not be reached/],
    ["unexpected", /Something went wrong/],
  ])("error kind %s", (kind, title) => {
    setup({ status: "error", kind, message: "m" });
    expect(screen.getByRole("heading", { name: title })).toBeTruthy();
    expect(screen.queryByRole("link")).toBeNull();
  });

  test("not applicable: says why, no recommendations, the chart and data still shown", async () => {
    const ev = multirefractoryEvaluation();
    ev.assessment.pathwayApplies = false;
    ev.assessment.notApplicableReason = "Thrombocytopenia explained by chemotherapy; no ITP recorded.";
    ev.recommendations = [];
    setup(readyState({ evaluation: ev }));
    expect(screen.getByRole("heading", { name: /does not apply/ })).toBeTruthy();
    expect(screen.getByText(/explained by chemotherapy/)).toBeTruthy();
    expect(screen.getByText(/None: the ITP pathway does not apply/)).toBeTruthy();
    expect(await screen.findByRole("application", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Data quality and provenance" })).toBeTruthy();
  });

  test("partial data: unavailable resource types are named in a banner", () => {
    const ev = multirefractoryEvaluation();
    ev.dataQuality.unavailable = [{ resourceType: "MedicationAdministration", reason: "403 Forbidden" }];
    setup(readyState({ evaluation: ev }));
    const notice = screen.getByRole("region", { name: "Partial data" });
    expect(notice.textContent).toMatch(/MedicationAdministration: 403 Forbidden/);
  });

  test("empty: no platelet counts", async () => {
    const ev = multirefractoryEvaluation();
    ev.assessment.latestPlatelet = null;
    setup(readyState({ model: multirefractoryModel([]), evaluation: ev }));
    expect(screen.getByRole("list", { name: "Status" }).textContent).toMatch(/No platelet count/);
    expect(await screen.findByText("No platelet count in the record.", {}, { timeout: 5000 })).toBeTruthy();
  });
});

describe("App: print", () => {
  test("the Print button calls window.print and a print-only summary holds recommendations with evidence", () => {
    const print = vi.fn();
    Object.defineProperty(window, "print", { value: print, configurable: true, writable: true });
    setup(readyState());
    fireEvent.click(screen.getByRole("button", { name: "Print summary" }));
    expect(print).toHaveBeenCalledOnce();
    const summary = document.querySelector(".print-summary") as HTMLElement;
    expect(summary.textContent).toMatch(/Add an immunosuppressant to a TPO-RA\..*Start romiplostim 72 ug/s);
    expect(summary.textContent).toMatch(/Add an immunosuppressant to a TPO-RA\..*\[\d+(, \d+)*\]/s);
    expect(summary.querySelector(".print-evidence")?.textContent).toMatch(/Mahévas M et al\. Blood 2016;128\(12\):1625-1630 <https:\/\/doi\.org/);
  });
});
