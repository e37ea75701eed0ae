import { memo, type JSX } from "react";
import { yValue, type ChartPoint, type ScaleMode } from "./geometry.ts";
import type { XScale, YScale } from "./scales.ts";

export interface PointMarkersProps {
  readonly points: readonly ChartPoint[];
  readonly x: XScale;
  readonly y: YScale;
  readonly mode: ScaleMode;
}

/**
 * One marker per count: a filled circle for a final value, a hollow circle for a preliminary one,
 * a triangle for a bound ("<5": pointing down; ">": up). Shape, not colour alone, carries the meaning.
 */
export const PointMarkers = memo(function PointMarkers({ points, x, y, mode }: PointMarkersProps): JSX.Element {
  return (
    <g className="point-markers">
      {points.map((p) => {
        const cx = x(p.t);
        const cy = y(yValue(p.v, mode));
        if (p.comparator !== null) {
          const down = p.comparator.startsWith("<");
          const d = down ? `M${cx - 4},${cy - 3}L${cx + 4},${cy - 3}L${cx},${cy + 4}Z` : `M${cx - 4},${cy + 3}L${cx + 4},${cy + 3}L${cx},${cy - 4}Z`;
          return <path key={p.ref} d={d} className="marker marker-bound" />;
        }
        return <circle key={p.ref} cx={cx} cy={cy} r={3} className={p.preliminary ? "marker marker-preliminary" : "marker"} />;
      })}
    </g>
  );
});
