import { useEffect, useRef, useState, type JSX } from "react";
import type { ChartPoint } from "./chart/geometry.ts";
import { PLATELET_UNIT, shortDate } from "./labels.ts";

export interface DataTableProps {
  /** The counts in the shown range, oldest first (as the chart holds them). */
  readonly points: readonly ChartPoint[];
  readonly selectedRef: string | null;
  readonly onSelectRef: (ref: string) => void;
  /** Words for the range, for the caption ("2017-01-10 to 2026-11-20"). */
  readonly rangeText: string;
}

const PAGE = 200;

/** The chart's data as a table, newest first: value, reported value and unit, status and source; a row can be selected. */
export function DataTable({ points, selectedRef, onSelectRef, rangeText }: DataTableProps): JSX.Element {
  const [limit, setLimit] = useState(PAGE);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const rows = [...points].reverse();
  const selectedAt = selectedRef === null ? -1 : rows.findIndex((p) => p.ref === selectedRef);
  const shown = rows.slice(0, Math.max(limit, selectedAt + 1));
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: "nearest" });
  }, [selectedRef]);
  return (
    <div className="table-scroll data-table">
      <table>
        <caption>Platelet counts, newest first, {rangeText} ({shown.length} of {rows.length} shown)</caption>
        <thead>
          <tr><th scope="col">Date</th><th scope="col">Count ({PLATELET_UNIT})</th><th scope="col">Reported as</th><th scope="col">Status</th><th scope="col">Source</th></tr>
        </thead>
        <tbody>
          {shown.map((p) => {
            const selected = p.ref === selectedRef;
            return (
              <tr key={p.ref} ref={selected ? selectedRow : undefined} className={selected ? "row-selected" : undefined}>
                <td>
                  <button type="button" className="link-button" aria-pressed={selected} onClick={() => onSelectRef(p.ref)}>
                    {shortDate(p.date)}
                  </button>
                </td>
                <td className="num">{p.comparator ?? ""}{p.v}</td>
                <td>{String(p.originalValue)} {p.originalUnit ?? "(no unit)"}</td>
                <td>{p.preliminary ? <span className="badge badge-preliminary">{p.status}</span> : p.status}</td>
                <td><code>{p.ref}</code></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length < rows.length && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>Show {Math.min(PAGE, rows.length - shown.length)} more</button>
      )}
    </div>
  );
}
