import type { JSX } from "react";
import type { QueryLogEntry } from "../app/load-state.ts";

export interface QueryLogProps {
  /** Every FHIR request the app made, in order. */
  readonly queries: readonly QueryLogEntry[];
}

/** The query log: each FHIR URL with its status, resource count and time (provenance one click away). */
export function QueryLog({ queries }: QueryLogProps): JSX.Element {
  return (
    <details className="query-log">
      <summary>FHIR queries ({queries.length})</summary>
      <div className="table-scroll">
        <table>
          <caption className="sr-only">FHIR queries made for this screen</caption>
          <thead><tr><th scope="col">URL</th><th scope="col">Status</th><th scope="col">Resources</th><th scope="col">ms</th></tr></thead>
          <tbody>
            {queries.map((q, i) => (
              <tr key={`${q.url}-${i}`} className={q.status >= 400 || q.status === 0 ? "query-failed" : undefined}>
                <td><code className="url">{q.url}</code></td>
                <td>{q.status === 0 ? "network error" : q.status}</td>
                <td>{q.resources}</td>
                <td>{Math.round(q.ms)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
