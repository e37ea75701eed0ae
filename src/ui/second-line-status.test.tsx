// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import type { SecondLine } from "../contract/evaluation.ts";
import { SecondLineStatus } from "./second-line-status.tsx";
import { StatusHeader } from "./status-header.tsx";
import { multirefractoryEvaluation, multirefractoryModel } from "./test-fixtures.ts";

afterEach(cleanup);

// Texts in the shape src/pathway/second-line.ts writes them.
const INDICATED: SecondLine = { indicated: true, reason: "Second-line therapy is indicated: chronic ITP with a latest count of 8 x10^9/L (< 30); prednisone: failed." };
const HELD_BACK: SecondLine = {
  indicated: false,
  reason: "A second-line indication exists (chronic ITP with a latest count of 22 x10^9/L (< 30)), but escalation is held back.",
  heldBack: "the patient is responding to ongoing romiplostim since 2026-06-01 (partial response): no second-line therapy is started while the current therapy works.",
};
const NOT_INDICATED: SecondLine = {
  indicated: false,
  reason: "Second-line therapy is not indicated: chronic ITP, but the latest count 85 x10^9/L (2026-11-10) is not below 30 and no active bleeding; "
    + "no first-line ITP therapy (corticosteroids, IVIG or anti-D) has failed or shown dependence; no second-line ITP therapy has failed.",
};

const line = (): string => document.querySelector(".second-line > p")?.textContent ?? "";

describe("SecondLineStatus", () => {
  test("indicated: the verdict and the criteria on one line, no repeated lead", () => {
    render(<SecondLineStatus secondLine={INDICATED} />);
    expect(line()).toBe("Second-line therapy: indicated — chronic ITP with a latest count of 8 x10^9/L (< 30); prednisone: failed.");
    expect(document.querySelector("details")).toBeNull();
  });

  test("held back: says not now and why escalation waits; the criteria met stay behind a disclosure", () => {
    render(<SecondLineStatus secondLine={HELD_BACK} />);
    expect(line()).toBe(`Second-line therapy: not now — ${HELD_BACK.heldBack}`);
    expect(screen.getByText("Criteria met").tagName).toBe("SUMMARY");
    expect(document.querySelector("details > p")?.textContent).toBe(HELD_BACK.reason);
    expect(document.querySelector(".second-line-held-back")).not.toBeNull();
  });

  test("not indicated: the first clause on the line, the whole reason under Full reason", () => {
    render(<SecondLineStatus secondLine={NOT_INDICATED} />);
    expect(line()).toBe("Second-line therapy: not indicated — chronic ITP, but the latest count 85 x10^9/L (2026-11-10) is not below 30 and no active bleeding; … (2 more)");
    expect(screen.getByText("Full reason").tagName).toBe("SUMMARY");
    expect(document.querySelector("details > p")?.textContent).toMatch(/^chronic ITP, .*; no second-line ITP therapy has failed\.$/);
  });

  test("StatusHeader shows it when the engine sends it, and nothing when it does not", () => {
    const evaluation = multirefractoryEvaluation();
    const model = multirefractoryModel();
    render(<StatusHeader model={model} evaluation={{ ...evaluation, assessment: { ...evaluation.assessment, secondLine: INDICATED } }} />);
    expect(line()).toMatch(/^Second-line therapy: indicated — /);
    cleanup();
    render(<StatusHeader model={model} evaluation={{ ...evaluation, assessment: { ...evaluation.assessment, secondLine: undefined } }} />);
    expect(document.querySelector(".second-line")).toBeNull();
  });
});
