import type { JSX } from "react";
import { PLATELET_UNIT, shortDate, timeText } from "../labels.ts";
import type { ChartPoint } from "./geometry.ts";

export interface ChartTooltipProps {
  readonly point: ChartPoint;
  /** Pixel position inside the chart box. */
  readonly left: number;
  readonly top: number;
  /** Box width, to keep the tooltip inside it. */
  readonly boxWidth: number;
}

/** Value with unit, the source's original value and unit, date, source reference and the preliminary flag. */
export function ChartTooltip({ point, left, top, boxWidth }: ChartTooltipProps): JSX.Element {
  const width = 220;
  // Right of the point when it fits, else left of it, so the focus ring stays visible.
  const x = left + 12 + width <= boxWidth ? left + 12 : Math.max(0, left - 12 - width);
  return (
    <div className="chart-tooltip" style={{ left: x, top: Math.max(0, top - 10), maxWidth: width }} aria-hidden="true">
      <strong>{point.comparator ?? ""}{point.v} {PLATELET_UNIT}</strong>
      <div>{shortDate(point.date)} {timeText(point.date)}</div>
      <div className="muted">Reported: {String(point.originalValue)} {point.originalUnit ?? "(no unit)"}</div>
      <div><code>{point.ref}</code></div>
      {point.preliminary && <div className="badge badge-preliminary">preliminary</div>}
    </div>
  );
}

/** The same facts as one sentence, for the aria-live announcement. */
export function describePoint(p: ChartPoint): string {
  const bound = p.comparator === null ? "" : `${p.comparator} `;
  return `${bound}${p.v} ${PLATELET_UNIT} on ${shortDate(p.date)}${p.preliminary ? ", preliminary" : ""}, reported as ${String(p.originalValue)} ${p.originalUnit ?? "without unit"}, source ${p.ref}`;
}
