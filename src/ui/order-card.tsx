import { useEffect, useId, useRef, useState, type JSX } from "react";
import type { Order } from "../contract/evaluation.ts";
import { copyText, downloadJson } from "./browser-actions.ts";
import { doseLine, draftFileName, draftMedicationRequest, orderText } from "./draft-order.ts";
import { ACTION_LABELS, PLATELET_UNIT, shortDate } from "./labels.ts";

export interface OrderCardProps {
  /** The pre-filled order, exactly as the evaluation gives it. */
  readonly order: Order;
  /** Patient.id, for the draft's subject. */
  readonly patientId: string;
  /** YYYY-MM-DD, the draft's authoredOn. */
  readonly asOf: string;
}

/** One pre-filled order with its dose arithmetic, a copy button and a draft FHIR export. Nothing is sent to the EHR. */
export function OrderCard({ order, patientId, asOf }: OrderCardProps): JSX.Element {
  const [copyState, setCopyState] = useState<"idle" | "copied" | "manual">("idle");
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const fallbackId = useId();
  const text = orderText(order);

  const onCopy = async (): Promise<void> => {
    const ok = await copyText(text);
    setCopyState(ok ? "copied" : "manual");
  };
  useEffect(() => {
    if (copyState === "manual") {
      fallbackRef.current?.focus();
      fallbackRef.current?.select();
    }
  }, [copyState]);

  return (
    <div className="order-card">
      <p className="order-head">
        <strong>{ACTION_LABELS[order.action]} {order.agent}</strong> <span className="order-dose">{doseLine(order)}</span>
      </p>
      <dl className="order-facts">
        {order.doseArithmetic !== undefined && (<><dt>Dose arithmetic</dt><dd>{order.doseArithmetic}</dd></>)}
        {order.weightUsed !== undefined && (
          <><dt>Weight used</dt><dd>{order.weightUsed.value} kg on {shortDate(order.weightUsed.date)} ({order.weightUsed.source})</dd></>
        )}
        {order.route !== undefined && (<><dt>Route</dt><dd>{order.route}</dd></>)}
        {order.frequency !== undefined && (<><dt>Frequency</dt><dd>{order.frequency}</dd></>)}
        {order.duration !== undefined && (<><dt>Duration</dt><dd>{order.duration}</dd></>)}
        {order.resumeBelow !== undefined && (<><dt>Resume when below</dt><dd>{order.resumeBelow} {PLATELET_UNIT}</dd></>)}
        {order.note !== undefined && (<><dt>Note</dt><dd>{order.note}</dd></>)}
      </dl>
      <div className="order-actions no-print">
        <button type="button" onClick={() => void onCopy()}>Copy order</button>
        <button type="button" onClick={() => downloadJson(draftFileName(order, asOf), draftMedicationRequest(order, patientId, asOf))}>
          Export draft FHIR MedicationRequest
        </button>
        <span role="status" className="order-status">{copyState === "copied" ? "Copied to the clipboard." : ""}</span>
      </div>
      {copyState === "manual" && (
        <div className="copy-fallback no-print">
          <label htmlFor={fallbackId}>The clipboard is not available here: the order text is selected, press Ctrl+C (⌘C) to copy.</label>
          <textarea id={fallbackId} ref={fallbackRef} readOnly value={text} rows={text.split("\n").length} />
        </div>
      )}
      <p className="order-disclaimer">Draft for review: nothing is written to the EHR.</p>
    </div>
  );
}
