/**
 * Pure builders for what leaves the screen: the plain-text order (clipboard) and a draft FHIR R4
 * MedicationRequest (download). Nothing here writes to the EHR: the draft has status "draft" and
 * intent "proposal" (https://hl7.org/fhir/R4/medicationrequest.html) for the clinician to re-enter or import.
 */
import type { MedicationRequest } from "fhir/r4";
import { UCUM } from "../clinical/codes.ts";
import type { Order } from "../contract/evaluation.ts";
import { ACTION_LABELS } from "./labels.ts";

/** The dose part of an order in words, or the reason it is absent. */
export function doseLine(order: Order): string {
  if (order.dose === undefined) {
    return "dose not computed (see warnings)";
  }
  const perKg = order.dosePerKg === undefined ? "" : ` (${order.dosePerKg.value} ${order.dosePerKg.unit})`;
  return `${order.dose.value} ${order.dose.unit}${perKg}`;
}

/**
 * One order as plain text, one fact per line, for the clipboard.
 * @example "Start romiplostim 72 ug (1 ug/kg), subcutaneous, weekly"
 */
export function orderText(order: Order): string {
  const head = [`${ACTION_LABELS[order.action]} ${order.agent} ${doseLine(order)}`, order.route, order.frequency, order.duration]
    .filter((s): s is string => s !== undefined && s !== "")
    .join(", ");
  const lines = [head];
  if (order.resumeBelow !== undefined) {
    lines.push(`Resume when the platelet count is below ${order.resumeBelow} x10^9/L`);
  }
  if (order.doseArithmetic !== undefined) {
    lines.push(`Dose: ${order.doseArithmetic}`);
  }
  if (order.note !== undefined) {
    lines.push(order.note);
  }
  lines.push("Draft proposed by ITP Navigator: review before ordering.");
  return lines.join("\n");
}

/**
 * A draft MedicationRequest for one order.
 * @param order - the pre-filled order from the evaluation
 * @param patientId - Patient.id the order is for
 * @param asOf - YYYY-MM-DD, used as authoredOn
 * @returns a MedicationRequest with status "draft", intent "proposal"; doseAndRate only when a dose was computed
 */
export function draftMedicationRequest(order: Order, patientId: string, asOf: string): MedicationRequest {
  const dosage: NonNullable<MedicationRequest["dosageInstruction"]>[number] = { text: orderText(order) };
  if (order.route !== undefined) {
    dosage.route = { text: order.route };
  }
  if (order.frequency !== undefined) {
    dosage.timing = { code: { text: order.frequency } };
  }
  if (order.dose !== undefined) {
    dosage.doseAndRate = [{ doseQuantity: { value: order.dose.value, unit: order.dose.unit, system: UCUM, code: order.dose.unit } }];
  }
  return {
    resourceType: "MedicationRequest",
    status: "draft",
    intent: "proposal",
    subject: { reference: `Patient/${patientId}` },
    medicationCodeableConcept: { text: order.agent },
    authoredOn: asOf,
    note: [{ text: `${ACTION_LABELS[order.action]}: draft proposed by ITP Navigator; not sent to the EHR.` }],
    dosageInstruction: [dosage],
  };
}

/** A file name for the download: "draft-romiplostim-start-2026-11-20.json". */
export function draftFileName(order: Order, asOf: string): string {
  return `draft-${order.agent.replace(/[^a-z0-9-]+/gi, "-")}-${order.action}-${asOf}.json`;
}
