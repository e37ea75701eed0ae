import { memo, type JSX } from "react";
import { Brush, type Bounds } from "@visx/brush";
import { Group } from "@visx/group";
import { yValue, type ChartPoint, type ScaleMode } from "./geometry.ts";
import { makeXScale, makeYScale } from "./scales.ts";

export const BRUSH_HEIGHT = 48;

export interface ChartBrushProps {
  /** Overview points (decimated to the brush width). */
  readonly points: readonly ChartPoint[];
  /** The whole preset range the brush selects inside. */
  readonly domain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly mode: ScaleMode;
  readonly width: number;
  readonly left: number;
  readonly right: number;
  /** The current zoom window, drawn as the brush's starting selection. */
  readonly selection: readonly [number, number] | null;
  /** A new zoom window (epoch ms), or null to show the whole range. */
  readonly onZoom: (window: [number, number] | null) => void;
}

const SELECTED_STYLE = { fill: "var(--brush-fill)", stroke: "var(--accent)", strokeWidth: 1 };

/** Overview strip with a drag-to-zoom brush (pointer); the range buttons and "Reset zoom" give the keyboard the same control. */
export const ChartBrush = memo(function ChartBrush(p: ChartBrushProps): JSX.Element {
  const innerW = Math.max(10, p.width - p.left - p.right);
  const innerH = BRUSH_HEIGHT - 8;
  const x = makeXScale(p.domain, innerW);
  const y = makeYScale(p.yDomain, innerH, p.mode);
  let d = "";
  for (const pt of p.points) {
    d += `${d === "" ? "M" : "L"}${x(pt.t).toFixed(1)},${y(yValue(pt.v, p.mode)).toFixed(1)}`;
  }
  const onChange = (b: Bounds | null): void => {
    p.onZoom(b === null || b.x1 - b.x0 < 1 ? null : [b.x0, b.x1]);
  };
  return (
    <svg width={p.width} height={BRUSH_HEIGHT} className="chart-brush" aria-hidden="true" focusable="false">
      <Group left={p.left} top={4}>
        <rect width={innerW} height={innerH} className="brush-bg" />
        <path d={d} className="brush-line" fill="none" />
        <Brush
          xScale={x} yScale={y} width={innerW} height={innerH} margin={{ left: p.left, top: 4 }}
          handleSize={8} resizeTriggerAreas={["left", "right"]} brushDirection="horizontal"
          onChange={onChange} onClick={() => p.onZoom(null)} selectedBoxStyle={SELECTED_STYLE}
          disableDraggingSelection={false} useWindowMoveEvents
          initialBrushPosition={p.selection === null ? undefined : { start: { x: x(p.selection[0]) }, end: { x: x(p.selection[1]) } }}
        />
      </Group>
    </svg>
  );
});
