import type { JSX } from "react";
import type { ErrorKind } from "../app/load-state.ts";

export interface ErrorViewProps {
  readonly kind: ErrorKind;
  /** One sentence from the app. */
  readonly message: string;
  /** Server detail (OAuth error_description, OperationOutcome text). */
  readonly detail?: string;
  readonly relaunchUrl?: string;
}

const TITLES: Record<ErrorKind, [string, string]> = {
  "no-launch": ["Open ITP Navigator from the patient's chart", "This page needs a launch from the EHR (SMART on FHIR); it was opened directly."],
  "auth-denied": ["Access was not granted", "The EHR did not authorise ITP Navigator to read this patient's record."],
  "session-expired": ["Your session has ended", "The EHR session expired. Launch ITP Navigator again from the patient's chart."],
  network: ["The EHR could not be reached", "Check the connection and try again; nothing was changed in the record."],
  unexpected: ["Something went wrong", "ITP Navigator could not prepare this patient's summary."],
};

/** Removes stack-trace lines ("    at f (file.js:1:2)") from a detail string. */
export function withoutStack(detail: string): string {
  return detail.split("\n").filter((l) => !/^\s+at\s/.test(l)).join("\n").trim();
}

/** A failure in plain words, with what to do and a relaunch link when there is one. No stack trace. */
export function ErrorView({ kind, message, detail, relaunchUrl }: ErrorViewProps): JSX.Element {
  const [title, advice] = TITLES[kind];
  const shown = detail === undefined ? "" : withoutStack(detail);
  return (
    <section className="panel error-view" role="alert" aria-labelledby="error-h">
      <h1 id="error-h">{title}</h1>
      <p>{message}</p>
      <p>{advice}</p>
      {shown !== "" && (
        <details>
          <summary>Details from the server</summary>
          <p className="error-detail">{shown}</p>
        </details>
      )}
      {relaunchUrl !== undefined && <p><a className="button-link" href={relaunchUrl}>Launch again</a></p>}
    </section>
  );
}
