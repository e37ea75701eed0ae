import { memo, type JSX } from "react";
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { Line } from "@visx/shape";
import { PLATELET_UNIT } from "../labels.ts";
import { visibleThresholds, yTicks, yValue, type ChartPoint, type ScaleMode } from "./geometry.ts";
import type { ChartEvent } from "./lanes.ts";
import { timeTickCount, timeTickLabel, type XScale, type YScale } from "./scales.ts";
import { PointMarkers } from "./point-markers.tsx";

export interface TrendPlotProps {
  /** Points to draw as the line (already decimated). */
  readonly linePoints: readonly ChartPoint[];
  /** Points to draw as markers (empty when too many are visible). */
  readonly markerPoints: readonly ChartPoint[];
  readonly events: readonly ChartEvent[];
  readonly x: XScale;
  readonly y: YScale;
  readonly yDomain: readonly [number, number];
  readonly mode: ScaleMode;
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** The point under the pointer or keyboard focus. */
  readonly active: ChartPoint | null;
  /** The point selected from elsewhere (a data-used reference, the table). */
  readonly selected: ChartPoint | null;
}

/** The path "M x y L x y ..." of the line through the points. */
function linePath(points: readonly ChartPoint[], x: XScale, y: YScale, mode: ScaleMode): string {
  let d = "";
  for (const p of points) {
    d += `${d === "" ? "M" : "L"}${x(p.t).toFixed(1)},${y(yValue(p.v, mode)).toFixed(1)}`;
  }
  return d;
}

const EVENT_GLYPHS: Record<ChartEvent["kind"], string> = { splenectomy: "S", hsct: "T", "platelet-transfusion": "P", bleeding: "B" };

/** The count plot: axes, labelled threshold lines, the line, markers, events, focus and selection rings. Pure SVG. */
export const TrendPlot = memo(function TrendPlot(p: TrendPlotProps): JSX.Element {
  const innerW = p.width - p.margin.left - p.margin.right;
  const innerH = p.height - p.margin.top - p.margin.bottom;
  const ring = (pt: ChartPoint | null, cls: string): JSX.Element | null =>
    pt === null ? null : <circle className={cls} cx={p.x(pt.t)} cy={p.y(yValue(pt.v, p.mode))} r={7} />;
  return (
    <svg width={p.width} height={p.height} className="trend-plot" aria-hidden="true" focusable="false">
      <Group left={p.margin.left} top={p.margin.top}>
        {visibleThresholds(p.yDomain).map((t) => (
          <g key={t.value} className="threshold">
            <Line from={{ x: 0, y: p.y(t.value) }} to={{ x: innerW, y: p.y(t.value) }} stroke={t.colorVar} strokeDasharray={t.dash} strokeWidth={1.5} />
          </g>
        ))}
        {p.events.filter((e) => p.x(e.t) >= 0 && p.x(e.t) <= innerW).map((e) => (
          <g key={`${e.kind}-${e.ref}`} className={`event event-${e.kind}`}>
            <Line from={{ x: p.x(e.t), y: 0 }} to={{ x: p.x(e.t), y: innerH }} strokeDasharray="2 2" />
            <text x={p.x(e.t) > innerW - 12 ? p.x(e.t) - 3 : p.x(e.t) + 3} y={innerH - 4} textAnchor={p.x(e.t) > innerW - 12 ? "end" : "start"}>{EVENT_GLYPHS[e.kind]}</text>
          </g>
        ))}
        <path className="trend-line" d={linePath(p.linePoints, p.x, p.y, p.mode)} fill="none" />
        <PointMarkers points={p.markerPoints} x={p.x} y={p.y} mode={p.mode} />
        {visibleThresholds(p.yDomain).map((t) => (
          // Labels after the line and markers, so a dense trace never hides them (their white halo keeps them legible).
          <text key={`label-${t.value}`} x={innerW - 4} y={p.y(t.value) - 3} textAnchor="end" className="threshold-label">{t.label}</text>
        ))}
        {ring(p.selected, "selected-ring")}
        {ring(p.active, "active-ring")}
        <AxisLeft scale={p.y} tickValues={yTicks(p.yDomain)} tickFormat={(v) => String(v)} label={PLATELET_UNIT} labelOffset={28} />
        <AxisBottom top={innerH} scale={p.x} numTicks={timeTickCount(innerW)} tickFormat={(d) => timeTickLabel(d as Date)} />
      </Group>
    </svg>
  );
});
