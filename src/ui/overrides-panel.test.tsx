// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { NO_OVERRIDES, type Overrides } from "../model/overrides.ts";
import { OverridesPanel } from "./overrides-panel.tsx";
import { parseWeightKg } from "./weight-override.tsx";
import { multirefractoryEvaluation, multirefractoryModel } from "./test-fixtures.ts";

afterEach(cleanup);

function setup(overrides: Overrides = NO_OVERRIDES): { onChange: ReturnType<typeof vi.fn> } {
  const onChange = vi.fn();
  render(<OverridesPanel model={multirefractoryModel()} evaluation={multirefractoryEvaluation()} overrides={overrides} onChange={onChange} />);
  return { onChange };
}

describe("OverridesPanel", () => {
  test.each<[string, string, Partial<Overrides>]>([
    ["East/Southeast Asian ancestry", "yes", { eastAsianAncestry: true }],
    ["East/Southeast Asian ancestry", "no", { eastAsianAncestry: false }],
    ["Hepatic impairment", "yes", { hepaticImpairment: true }],
    ["Bleeding now", "yes", { bleedingNow: true }],
  ])("%s -> %s", (label, value, expected) => {
    const { onChange } = setup();
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
    expect(onChange).toHaveBeenCalledWith({ ...NO_OVERRIDES, ...expected });
  });

  test("the record's value is named in the default option", () => {
    setup();
    expect((screen.getByLabelText("East/Southeast Asian ancestry") as HTMLSelectElement).selectedOptions[0]?.textContent).toBe("As recorded (no)");
  });

  test("an override shows the badge and can be reset, singly or all", () => {
    const { onChange } = setup({ ...NO_OVERRIDES, bleedingNow: true, therapyOutcomes: { "rituximab:2018-02-01": "responded" } });
    expect(screen.getAllByText("clinician override").length).toBe(2);
    fireEvent.click(screen.getByRole("button", { name: "Reset Bleeding now to the record" }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ bleedingNow: undefined }));
    fireEvent.click(screen.getByRole("button", { name: "Reset all corrections" }));
    expect(onChange).toHaveBeenLastCalledWith(NO_OVERRIDES);
  });

  test("therapy outcome per episode", () => {
    const { onChange } = setup();
    const list = screen.getByRole("region", { name: "Therapy outcomes" });
    const row = within(list).getByRole("group", { name: /romiplostim/ });
    expect(row.textContent).toMatch(/No response, failed/);
    fireEvent.change(within(row).getByRole("combobox"), { target: { value: "not-tolerated" } });
    expect(onChange).toHaveBeenCalledWith({ ...NO_OVERRIDES, therapyOutcomes: { "romiplostim:2020-03-01": "not-tolerated" } });
  });

  test("weight: invalid input is refused with a message; a valid one is applied", () => {
    const { onChange } = setup();
    const input = screen.getByLabelText("Body weight (kg)");
    fireEvent.change(input, { target: { value: "heavy" } });
    fireEvent.click(screen.getByRole("button", { name: "Use this weight" }));
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/number above 0/)).toBeTruthy();
    fireEvent.change(input, { target: { value: "68,5" } });
    fireEvent.click(screen.getByRole("button", { name: "Use this weight" }));
    expect(onChange).toHaveBeenCalledWith({ ...NO_OVERRIDES, weightKg: 68.5 });
  });
});

describe("baseline per episode", () => {
  test("a valid baseline is applied; an invalid one is refused", () => {
    const { onChange } = setup();
    const input = screen.getByLabelText(/Baseline count before rituximab from 2018-02-01/);
    fireEvent.change(input, { target: { value: "-1" } });
    fireEvent.click(screen.getByRole("button", { name: "Set the baseline for rituximab from 2018-02-01" }));
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(input, { target: { value: "12" } });
    fireEvent.click(screen.getByRole("button", { name: "Set the baseline for rituximab from 2018-02-01" }));
    expect(onChange).toHaveBeenCalledWith({ ...NO_OVERRIDES, baselines: { "rituximab:2018-02-01": 12 } });
  });
  test("a set baseline shows the badge and resets", () => {
    const { onChange } = setup({ ...NO_OVERRIDES, baselines: { "rituximab:2018-02-01": 12 } });
    expect(screen.getAllByText("clinician override").length).toBe(1);
    fireEvent.click(screen.getByRole("button", { name: "Reset the baseline for rituximab from 2018-02-01 to the record" }));
    expect(onChange).toHaveBeenCalledWith(NO_OVERRIDES);
  });
});

describe("parseWeightKg", () => {
  test.each<[string, number | undefined]>([
    ["72.4", 72.4], ["72,4", 72.4], [" 80 ", 80], ["0", undefined], ["-5", undefined], ["", undefined], ["abc", undefined], ["Infinity", undefined],
  ])("%j -> %s", (text, kg) => {
    expect(parseWeightKg(text)).toBe(kg);
  });
});
