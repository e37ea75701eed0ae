import type { JSX } from "react";
import type { SecondLine } from "../contract/evaluation.ts";

export interface SecondLineStatusProps {
  readonly secondLine: SecondLine;
}

/** Reasons longer than this show their first clause on the line and the whole text under "Full reason". */
const INLINE_MAX = 140;

/** The engine's reason without its own "Second-line therapy is (not) indicated:" lead, which the verdict already says. */
export function reasonBody(reason: string): string {
  return reason.replace(/^Second-line therapy is (not )?indicated:\s*/, "");
}

/** The verdict word(s) and the text that follows them on the line. */
export function secondLineVerdict(s: SecondLine): { state: "indicated" | "held-back" | "not-indicated"; verdict: string; text: string } {
  if (s.indicated) return { state: "indicated", verdict: "indicated", text: reasonBody(s.reason) };
  if (s.heldBack !== undefined) return { state: "held-back", verdict: "not now", text: s.heldBack };
  return { state: "not-indicated", verdict: "not indicated", text: reasonBody(s.reason) };
}

/**
 * One status line: is second-line therapy indicated (clinical notes section 2, step 3; ASH 2019), and when the
 * criteria are met but escalation is held back, why it waits (`assessment.secondLine`, spec/evaluation.md).
 * Long reasons show their first clause and how many more; the full engine text stays one click away.
 */
export function SecondLineStatus({ secondLine }: SecondLineStatusProps): JSX.Element {
  const { state, verdict, text } = secondLineVerdict(secondLine);
  const full = state === "held-back" ? secondLine.reason : text;
  const clauses = text.split("; ");
  const short = text.length <= INLINE_MAX || clauses.length < 2 ? text : `${clauses[0]}; … (${clauses.length - 1} more)`;
  const hidden = state === "held-back" || short !== text;
  return (
    <div className={`second-line second-line-${state}`}>
      <p>
        <strong>Second-line therapy: {verdict}</strong> — {short}
      </p>
      {hidden && (
        <details>
          <summary>{state === "held-back" ? "Criteria met" : "Full reason"}</summary>
          <p>{full}</p>
        </details>
      )}
    </div>
  );
}
