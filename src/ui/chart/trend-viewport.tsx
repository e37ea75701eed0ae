import { useMemo, useState, type JSX, type KeyboardEvent, type PointerEvent } from "react";
import { ChartTooltip, describePoint } from "./chart-tooltip.tsx";
import { decimate, nearestIndex, showMarkers } from "./decimate.ts";
import { yDomain, yValue, type ChartPoint, type ScaleMode } from "./geometry.ts";
import type { ChartEvent, Lane } from "./lanes.ts";
import { makeXScale, makeYScale } from "./scales.ts";
import { TreatmentLanes } from "./treatment-lanes.tsx";
import { TrendPlot } from "./trend-plot.tsx";

export interface TrendViewportProps {
  /** Counts inside the time window, oldest first. */
  readonly visible: readonly ChartPoint[];
  readonly domain: readonly [number, number];
  readonly mode: ScaleMode;
  readonly width: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly lanes: readonly Lane[];
  readonly events: readonly ChartEvent[];
  readonly selected: ChartPoint | null;
  readonly onSelectRef: (ref: string) => void;
  /** Keyboard zoom: "+" narrows the window around the cursor, "-" widens it (null: the whole range). */
  readonly onZoomKey: (factor: number, centre: number) => void;
  readonly rangeText: string;
  /** Id of the text summary that describes the chart. */
  readonly summaryId: string;
}

const PLOT_HEIGHT = 260;
const ZOOM_KEYS: Record<string, number> = { "+": 0.5, "=": 0.5, "-": 2, _: 2 };
const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 };

/** The focusable plot: hover and keyboard move a cursor over the counts; Enter or a click selects one. */
export function TrendViewport(p: TrendViewportProps): JSX.Element {
  // The cursor is kept as a reference, so it stays on its count when the window changes.
  const [cursorRef, setCursorRef] = useState<string | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");
  const innerW = Math.max(10, p.width - p.margin.left - p.margin.right);
  const innerH = PLOT_HEIGHT - p.margin.top - p.margin.bottom;
  const yDom = useMemo(() => yDomain(p.visible.map((v) => v.v), p.mode), [p.visible, p.mode]);
  const x = useMemo(() => makeXScale(p.domain, innerW), [p.domain, innerW]);
  const y = useMemo(() => makeYScale(yDom, innerH, p.mode), [yDom, innerH, p.mode]);
  const linePoints = useMemo(() => decimate(p.visible, (t) => x(t), innerW), [p.visible, x, innerW]);
  const markerPoints = showMarkers(p.visible.length, innerW) ? p.visible : [];
  const last = p.visible.length - 1;
  const cursorAt = useMemo(() => (cursorRef === null ? -1 : p.visible.findIndex((v) => v.ref === cursorRef)), [cursorRef, p.visible]);
  const cursor = cursorAt < 0 ? null : cursorAt;
  const at = (i: number | null): ChartPoint | null => (i === null ? null : (p.visible[Math.min(Math.max(i, 0), last)] ?? null));

  const moveTo = (i: number): void => {
    const clamped = Math.min(Math.max(i, 0), last);
    const pt = p.visible[clamped];
    setCursorRef(pt?.ref ?? null);
    setAnnounce(pt === undefined ? "" : `${clamped + 1} of ${last + 1}: ${describePoint(pt)}`);
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (last < 0) {
      return;
    }
    const start = cursor ?? last;
    const step = KEY_STEPS[e.key];
    if (step !== undefined) {
      moveTo(cursor === null ? last : start + step);
    } else if (e.key === "Home") {
      moveTo(0);
    } else if (e.key === "End") {
      moveTo(last);
    } else if (ZOOM_KEYS[e.key] !== undefined) {
      p.onZoomKey(ZOOM_KEYS[e.key] as number, at(start)?.t ?? (p.domain[0] + p.domain[1]) / 2);
    } else if ((e.key === "Enter" || e.key === " ") && at(start) !== null) {
      p.onSelectRef((at(start) as ChartPoint).ref);
    } else {
      return;
    }
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left - p.margin.left;
    const i = nearestIndex(p.visible, x.invert(px).getTime());
    setHover(i < 0 ? null : i);
  };
  const tip = at(hover) ?? at(cursor);
  return (
    <div className="trend-viewport">
      <div
        className="plot-focus" tabIndex={0} role="application" aria-roledescription="chart"
        aria-label={`Platelet counts, ${p.rangeText}. Arrow keys move between counts, Home and End go to the first and last, Enter selects, plus and minus zoom.`}
        aria-describedby={p.summaryId} onKeyDown={onKeyDown} onPointerMove={onPointerMove} onPointerLeave={() => setHover(null)}
        onClick={() => { const h = at(hover); if (h !== null) { p.onSelectRef(h.ref); } }}
        onBlur={() => setCursorRef(null)}
      >
        <TrendPlot
          linePoints={linePoints} markerPoints={markerPoints} events={p.events} x={x} y={y} yDomain={yDom} mode={p.mode}
          width={p.width} height={PLOT_HEIGHT} margin={p.margin} active={tip} selected={p.selected}
        />
        {tip !== null && <ChartTooltip point={tip} left={x(tip.t) + p.margin.left} top={y(yValue(tip.v, p.mode)) + p.margin.top} boxWidth={p.width} />}
      </div>
      <p className="sr-only" aria-live="polite">{announce}</p>
      <TreatmentLanes lanes={p.lanes} x={x} width={p.width} left={p.margin.left} right={p.margin.right} />
    </div>
  );
}
