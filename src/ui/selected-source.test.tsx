// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { describeRef, SelectedSource } from "./selected-source.tsx";
import { multirefractoryModel } from "./test-fixtures.ts";

afterEach(cleanup);
const model = multirefractoryModel();

describe("describeRef: what a source reference is", () => {
  test.each<[string, RegExp]>([
    ["Observation/plt-049", /^platelet count 8 ×10⁹\/L on 2026-11-10 \(reported 8 10\*9\/L, final\)$/],
    ["Observation/plt-010", /^platelet count <5 ×10⁹\/L .*reported <5/],
    ["Observation/wt-1", /^body weight 72\.4 kg on 2026-10-03$/],
    ["Observation/plt-unit", /^excluded: unit-unrecognised$/],
    ["Condition/unknown", /^not in the record's ledger$/],
  ])("%s", (ref, expected) => {
    expect(describeRef(ref, model)).toMatch(expected);
  });
});

describe("SelectedSource", () => {
  test("nothing selected: nothing shown; selected: named, and can be cleared", () => {
    const onClear = vi.fn();
    const { rerender, container } = render(<SelectedSource selectedRef={null} model={model} onClear={onClear} />);
    expect(container.innerHTML).toBe("");
    rerender(<SelectedSource selectedRef="Observation/wt-1" model={model} onClear={onClear} />);
    expect(screen.getByRole("status").textContent).toMatch(/Source Observation\/wt-1: body weight 72\.4 kg/);
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});
