import { describe, expect, test } from "vitest";
import type { Order } from "../contract/evaluation.ts";
import { doseLine, draftFileName, draftMedicationRequest, orderText } from "./draft-order.ts";
import { ELTROMBOPAG_HOLD, ROMIPLOSTIM_START } from "./test-fixtures.ts";

const NO_DOSE: Order = { agent: "romiplostim", action: "start", route: "subcutaneous", frequency: "weekly" };

describe("draftMedicationRequest", () => {
  test("romiplostim start: draft proposal with UCUM dose", () => {
    expect(draftMedicationRequest(ROMIPLOSTIM_START, "p1", "2026-11-20")).toMatchObject({
      resourceType: "MedicationRequest",
      status: "draft",
      intent: "proposal",
      subject: { reference: "Patient/p1" },
      medicationCodeableConcept: { text: "romiplostim" },
      authoredOn: "2026-11-20",
      dosageInstruction: [{
        route: { text: "subcutaneous" },
        timing: { code: { text: "weekly" } },
        doseAndRate: [{ doseQuantity: { value: 72, unit: "ug", system: "http://unitsofmeasure.org", code: "ug" } }],
      }],
    });
  });
  test.each<[string, Order, boolean]>([
    ["with a dose", ROMIPLOSTIM_START, true],
    ["without a dose (never guessed)", NO_DOSE, false],
  ])("doseAndRate %s", (_n, order, has) => {
    const dosage = draftMedicationRequest(order, "p1", "2026-11-20").dosageInstruction?.[0];
    expect(dosage?.doseAndRate !== undefined).toBe(has);
    expect(dosage?.text).toContain("romiplostim");
  });
});

describe("orderText", () => {
  test.each<[string, Order, string[]]>([
    ["start with arithmetic", ROMIPLOSTIM_START, ["Start romiplostim 72 ug (1 ug/kg), subcutaneous, weekly", "Dose: 1 ug/kg × 72.4 kg (2026-10-03) = 72 ug"]],
    ["hold with resumeBelow", ELTROMBOPAG_HOLD, ["Hold eltrombopag 50 mg, oral, once daily", "Resume when the platelet count is below 150 x10^9/L"]],
    ["no dose", NO_DOSE, ["Start romiplostim dose not computed (see warnings), subcutaneous, weekly"]],
  ])("%s", (_n, order, lines) => {
    const text = orderText(order).split("\n");
    for (const line of lines) {
      expect(text).toContain(line);
    }
    expect(text[text.length - 1]).toMatch(/review before ordering/);
  });
  test("doseLine and file name", () => {
    expect(doseLine(ELTROMBOPAG_HOLD)).toBe("50 mg");
    expect(draftFileName({ ...NO_DOSE, agent: "immune globulin" }, "2026-11-20")).toBe("draft-immune-globulin-start-2026-11-20.json");
  });
});
