// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState, type JSX } from "react";
import type { PlateletCount } from "../../model/patient-model.ts";
import { PlateletTrendChart } from "./platelet-trend-chart.tsx";
import { AS_OF, manyPlatelets, multirefractoryModel } from "../test-fixtures.ts";

afterEach(cleanup);

function Harness({ platelets, initial }: { platelets: PlateletCount[]; initial: string | null }): JSX.Element {
  const [selected, setSelected] = useState<string | null>(initial);
  const model = multirefractoryModel(platelets);
  return (
    <>
      <output data-testid="selected">{selected ?? ""}</output>
      <button type="button" onClick={() => setSelected("Observation/plt-003")}>Data used: plt-003</button>
      <PlateletTrendChart
        platelets={model.platelets} therapies={model.therapies} procedures={model.procedures} conditions={model.conditions}
        asOf={AS_OF} selectedRef={selected} onSelectRef={setSelected}
      />
    </>
  );
}

function setup(platelets: PlateletCount[] = multirefractoryModel().platelets, initial: string | null = null): HTMLElement {
  render(<Harness platelets={platelets} initial={initial} />);
  return screen.getByRole("application");
}

/** The chart on "All" (a ten-year history opens on "1 year"). */
function setupAll(platelets?: PlateletCount[]): HTMLElement {
  const chart = setup(platelets);
  fireEvent.click(screen.getByRole("button", { name: "All" }));
  return chart;
}

const pressedRange = (): string => screen.getByRole("group", { name: "Time range" }).querySelector("[aria-pressed=true]")?.textContent ?? "";
const summaryText = (chart: HTMLElement): string => document.getElementById(chart.getAttribute("aria-describedby") ?? "")?.textContent ?? "";

const live = (): string => document.querySelector("[aria-live=polite]")?.textContent ?? "";

describe("PlateletTrendChart: keyboard", () => {
  test.each<[string[], RegExp]>([
    [["End"], /^50 of 50: 8 ×10⁹\/L on 2026-11-10, reported as 8 10\*9\/L, source Observation\/plt-049/],
    [["Home"], /^1 of 50: .* on 2017-01-10/],
    [["Home", "ArrowRight"], /^2 of 50:/],
    [["End", "ArrowLeft", "ArrowLeft"], /^48 of 50: 14 ×10⁹\/L on .*, preliminary/],
    [["Home", "ArrowLeft"], /^1 of 50:/],
    [["Home", "PageUp"], /^11 of 50: < 5 ×10⁹\/L/],
  ])("keys %j announce %s", (keys, expected) => {
    const chart = setupAll();
    chart.focus();
    for (const key of keys) {
      fireEvent.keyDown(chart, { key });
    }
    expect(live()).toMatch(expected);
  });

  test("Enter selects the point: the data table opens with its row pressed", () => {
    const chart = setupAll();
    fireEvent.keyDown(chart, { key: "Home" });
    fireEvent.keyDown(chart, { key: "Enter" });
    expect(screen.getByTestId("selected").textContent).toBe("Observation/plt-000");
    const table = screen.getByRole("table", { name: /Platelet counts, newest first/ });
    expect(within(table).getByRole("button", { pressed: true }).textContent).toBe("2017-01-10");
  });

  test("+ zooms in around the cursor and - zooms back out; the cursor stays on its count", () => {
    const chart = setupAll();
    const summary = (): string => document.getElementById(chart.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
    fireEvent.keyDown(chart, { key: "End" });
    fireEvent.keyDown(chart, { key: "+" });
    fireEvent.keyDown(chart, { key: "+" });
    expect(screen.getByRole("button", { name: "Reset zoom" })).toBeTruthy();
    expect(summary()).toMatch(/^1\d platelet counts from 2024-/);
    fireEvent.keyDown(chart, { key: "ArrowLeft" });
    expect(live()).toMatch(/: 17 ×10⁹\/L on 2026-10-02/);
    fireEvent.keyDown(chart, { key: "-" });
    fireEvent.keyDown(chart, { key: "-" });
    expect(screen.queryByRole("button", { name: "Reset zoom" })).toBeNull();
    expect(summary()).toMatch(/^50 platelet counts/);
  });

  test("the chart has a text summary for screen readers", () => {
    const chart = setupAll();
    const summary = document.getElementById(chart.getAttribute("aria-describedby") ?? "");
    expect(summary?.textContent).toMatch(/^50 platelet counts from 2017-01-10 to 2026-11-10/);
  });
});

describe("PlateletTrendChart: controls", () => {
  test("a history longer than a year opens on the last year", () => {
    const chart = setup();
    expect(pressedRange()).toBe("1 year");
    expect(summaryText(chart)).toMatch(/^6 platelet counts from 2025-12-10 to 2026-11-10/);
  });

  test.each<[string, () => PlateletCount[]]>([
    ["counts all within the last year", () => multirefractoryModel().platelets.slice(44)],
    ["no count in the last year", () => multirefractoryModel().platelets.slice(0, 40)],
    ["no count at all", () => []],
  ])("%s: opens on All", (_name, platelets) => {
    setup(platelets());
    expect(pressedRange()).toBe("All");
  });

  test("range presets change the counts shown", () => {
    const chart = setup();
    fireEvent.click(screen.getByRole("button", { name: "3 months" }));
    expect(summaryText(chart)).toMatch(/^2 platelet counts from 2026-10-02 to 2026-11-10/);
    fireEvent.click(screen.getByRole("button", { name: "All" }));
    expect(pressedRange()).toBe("All");
    expect(summaryText(chart)).toMatch(/^50 platelet counts from 2017-01-10 to 2026-11-10/);
  });

  test("on the last year, lanes without an episode in it are named on one line; the lane keeps its colour", () => {
    setup();
    const drawn = (): string[] => [...document.querySelectorAll(".lane-name")].map((t) => t.textContent ?? "");
    const colour = (): string | null => document.querySelector(".lane:last-child rect")?.getAttribute("fill") ?? null;
    expect(drawn()).toEqual(["fostamatinib"]);
    expect(document.querySelector(".lanes-outside")?.textContent).toMatch(/^No episode in this range: prednisone, rituximab, romiplostim, eltrombopag\./);
    const lastYear = colour();
    fireEvent.click(screen.getByRole("button", { name: "All" }));
    expect(drawn()).toHaveLength(5);
    expect(document.querySelector(".lanes-outside")).toBeNull();
    expect(colour()).toBe(lastYear);
  });

  test("on the last year, a lane shows the dose in force where it enters the view", () => {
    setup();
    const labels = [...document.querySelectorAll(".dose-label")].map((t) => t.textContent);
    expect(labels).toEqual(["100 mg"]);
  });

  test("log by default, linear on toggle", () => {
    setup();
    const toggle = screen.getByRole("button", { name: "Log scale" });
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    const axis = (): string => document.querySelector(".visx-axis-left")?.innerHTML ?? "";
    const logAxis = axis();
    expect(document.querySelectorAll(".visx-axis-left .visx-axis-tick").length).toBe(8);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    expect(axis()).not.toBe(logAxis);
  });

  test("labelled threshold lines, treatment lanes and events are drawn", () => {
    setupAll();
    const labels = [...document.querySelectorAll(".threshold-label")].map((t) => t.textContent);
    expect(labels).toEqual(["30 response (IWG)", "50 TPO-RA target", "100 complete response"]);
    const lanes = [...document.querySelectorAll(".lane-name")].map((t) => t.textContent);
    expect(lanes).toEqual(["prednisone", "rituximab", "romiplostim", "eltrombopag", "fostamatinib"]);
    expect(document.querySelectorAll(".event-splenectomy").length).toBe(1);
    expect(document.querySelectorAll(".event-bleeding").length).toBe(1);
  });

  test("markers: bound and preliminary counts have their own shapes", () => {
    setupAll();
    expect(document.querySelectorAll(".marker-bound").length).toBe(1);
    expect(document.querySelectorAll(".marker-preliminary").length).toBe(1);
    expect(document.querySelectorAll("circle.marker").length).toBe(49);
  });

  test.each<[string, string, string]>([
    ["2017 count: only All shows it", "Observation/plt-003", "All"],
    ["2023 count: 5 years is enough", "Observation/plt-030", "5 years"],
    ["count in the last year: stays", "Observation/plt-046", "1 year"],
  ])("selected before the chart opens, %s", (_name, ref, range) => {
    setup(multirefractoryModel().platelets, ref);
    expect(pressedRange()).toBe(range);
    expect(document.querySelectorAll(".selected-ring").length).toBe(1);
    const table = screen.getByRole("table", { name: /Platelet counts, newest first/ });
    expect(within(table).getByRole("button", { pressed: true })).toBeTruthy();
  });

  test("data used outside the last year, selected after opening: the range widens, the ring and the table row show it, the keyboard starts there", () => {
    const chart = setup();
    fireEvent.click(screen.getByRole("button", { name: "Data used: plt-003" }));
    expect(pressedRange()).toBe("All");
    expect(document.querySelectorAll(".selected-ring").length).toBe(1);
    const table = screen.getByRole("table", { name: /Platelet counts, newest first/ });
    expect(within(table).getByRole("button", { pressed: true }).textContent).toBe(within(table).getAllByRole("button").at(-4)?.textContent);
    chart.focus();
    fireEvent.keyDown(chart, { key: "End" });
    expect(live()).toMatch(/^50 of 50:/);
  });

  test("a selection inside the range but outside a zoom clears the zoom and keeps the range", () => {
    const chart = setupAll();
    fireEvent.keyDown(chart, { key: "End" });
    fireEvent.keyDown(chart, { key: "+" });
    fireEvent.keyDown(chart, { key: "+" });
    expect(screen.getByRole("button", { name: "Reset zoom" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Data used: plt-003" }));
    expect(screen.queryByRole("button", { name: "Reset zoom" })).toBeNull();
    expect(pressedRange()).toBe("All");
    expect(document.querySelectorAll(".selected-ring").length).toBe(1);
  });

  test("empty: says there is no count, lanes still drawn", () => {
    setup([]);
    expect(screen.getByText("No platelet count in the record.")).toBeTruthy();
    expect(document.querySelectorAll(".lane-name").length).toBe(5);
  });
});

describe("PlateletTrendChart: 10,000 counts (smoke)", () => {
  test("renders the line as one decimated path without point markers", () => {
    const spy = vi.spyOn(console, "error");
    setupAll(manyPlatelets(10_000));
    const path = document.querySelector(".trend-line")?.getAttribute("d") ?? "";
    const vertices = path.split("L").length;
    expect(vertices).toBeGreaterThan(100);
    expect(vertices).toBeLessThanOrEqual(4 * 720);
    expect(document.querySelectorAll(".marker").length).toBe(0);
    expect(live()).toBe("");
    fireEvent.keyDown(screen.getByRole("application"), { key: "End" });
    expect(live()).toMatch(/^10000 of 10000:/);
    expect(spy).not.toHaveBeenCalled();
  });
});
