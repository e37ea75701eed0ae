// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Order } from "../contract/evaluation.ts";
import { OrderCard } from "./order-card.tsx";
import { ELTROMBOPAG_HOLD, ROMIPLOSTIM_START } from "./test-fixtures.ts";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function setup(order: Order): void {
  render(<OrderCard order={order} patientId="p1" asOf="2026-11-20" />);
}

describe("OrderCard", () => {
  test.each<[string, Order, RegExp[]]>([
    ["start with arithmetic and weight", ROMIPLOSTIM_START, [/72 ug \(1 ug\/kg\)/, /1 ug\/kg × 72\.4 kg \(2026-10-03\) = 72 ug/, /72\.4 kg on 2026-10-03 \(Observation\/wt-1\)/, /subcutaneous/, /weekly/]],
    ["hold with resume threshold", ELTROMBOPAG_HOLD, [/Hold eltrombopag/, /Resume when below150 ×10⁹\/L/]],
    ["no dose computed", { agent: "romiplostim", action: "start" }, [/dose not computed/]],
  ])("%s", (_n, order, texts) => {
    setup(order);
    const text = document.body.textContent ?? "";
    for (const t of texts) {
      expect(text).toMatch(t);
    }
    expect(text).toMatch(/nothing is written to the EHR/);
  });

  test("Copy order writes plain text to the clipboard", async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    setup(ROMIPLOSTIM_START);
    fireEvent.click(screen.getByRole("button", { name: "Copy order" }));
    await screen.findByText("Copied to the clipboard.");
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining("Start romiplostim 72 ug (1 ug/kg), subcutaneous, weekly"));
  });

  test("without a clipboard, the text is shown selected for manual copy", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    setup(ROMIPLOSTIM_START);
    fireEvent.click(screen.getByRole("button", { name: "Copy order" }));
    const box = (await screen.findByRole("textbox", { name: /clipboard is not available/ })) as HTMLTextAreaElement;
    expect(box.value).toMatch(/^Start romiplostim 72 ug/);
    await waitFor(() => expect(box.selectionEnd - box.selectionStart).toBe(box.value.length));
  });

  test("Export downloads a draft MedicationRequest (nothing sent)", async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => { blobs.push(b as Blob); return "blob:x"; });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    setup(ROMIPLOSTIM_START);
    fireEvent.click(screen.getByRole("button", { name: "Export draft FHIR MedicationRequest" }));
    expect(create).toHaveBeenCalledOnce();
    expect(click).toHaveBeenCalledOnce();
    const json = JSON.parse(await (blobs[0] as Blob).text());
    expect(json).toMatchObject({ resourceType: "MedicationRequest", status: "draft", intent: "proposal", subject: { reference: "Patient/p1" } });
  });
});
