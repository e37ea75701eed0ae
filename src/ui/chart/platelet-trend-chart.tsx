import { useEffect, useId, useMemo, useState, type JSX } from "react";
import type { ConditionFact, PlateletCount, ProcedureFact, TherapyEpisode } from "../../model/patient-model.ts";
import { DataTable } from "../data-table.tsx";
import { shortDate } from "../labels.ts";
import { ChartBrush } from "./chart-brush.tsx";
import { ChartControls } from "./chart-controls.tsx";
import { decimate, visibleSlice } from "./decimate.ts";
import { defaultPreset, presetShowing, timeDomain, toChartPoints, zoomWindow, type RangePreset, type ScaleMode } from "./geometry.ts";
import { chartEvents, earliestTime, treatmentLanes } from "./lanes.ts";
import { makeXScale } from "./scales.ts";
import { chartSummary } from "./summary.ts";
import { TrendViewport } from "./trend-viewport.tsx";
import { useElementWidth } from "./use-element-width.ts";

export interface PlateletTrendChartProps {
  /** Counts from the model, in 10*9/L. */
  readonly platelets: readonly PlateletCount[];
  readonly therapies: readonly TherapyEpisode[];
  readonly procedures: readonly ProcedureFact[];
  readonly conditions: readonly ConditionFact[];
  /** YYYY-MM-DD: the right edge of every range. */
  readonly asOf: string;
  readonly selectedRef: string | null;
  readonly onSelectRef: (ref: string) => void;
}

export const MARGIN = { top: 16, right: 12, bottom: 28, left: 48 } as const;

/** The platelet trend with treatment lanes, range presets, log/linear, brush zoom, keyboard navigation and a data table. */
export function PlateletTrendChart(props: PlateletTrendChartProps): JSX.Element {
  const { points, unplaced } = useMemo(() => toChartPoints(props.platelets), [props.platelets]);
  const { lanes, undated } = useMemo(() => treatmentLanes(props.therapies, props.asOf), [props.therapies, props.asOf]);
  const events = useMemo(() => chartEvents(props.procedures, props.conditions), [props.procedures, props.conditions]);
  const earliest = useMemo(() => earliestTime(points.map((p) => p.t), lanes, events), [points, lanes, events]);
  // Long histories open on the last year; a selection outside it widens the range (below).
  const [preset, setPreset] = useState<RangePreset>(() =>
    defaultPreset(
      points.map((p) => p.t),
      props.asOf,
      props.therapies.filter((e) => !e.rescue).map((e): [number | null, number | null] => [
        e.start === null ? null : Date.parse(e.start),
        e.ongoing || e.end === null ? null : Date.parse(e.end),
      ]),
    ),
  );
  const [mode, setMode] = useState<ScaleMode>("log");
  const [zoom, setZoom] = useState<[number, number] | null>(null);
  const [tableShown, setTableShown] = useState(false);
  /** Bumped to clear the brush when the range changes from outside it. */
  const [brushGen, setBrushGen] = useState(0);
  const resetZoom = (): void => {
    setZoom(null);
    setBrushGen((g) => g + 1);
  };
  const [boxRef, width] = useElementWidth<HTMLDivElement>(720);
  const summaryId = useId();

  const presetDomain = useMemo(() => timeDomain(preset, props.asOf, earliest), [preset, props.asOf, earliest]);
  const domain = zoom ?? presetDomain;
  const [i0, i1] = useMemo(() => visibleSlice(points, domain[0], domain[1]), [points, domain[0], domain[1]]);
  const visible = useMemo(() => points.slice(i0, i1), [points, i0, i1]);
  const selected = props.selectedRef === null ? undefined : points.find((p) => p.ref === props.selectedRef);

  useEffect(() => {
    if (selected !== undefined) {
      setTableShown(true);
      if (selected.t < domain[0] || selected.t > domain[1]) {
        resetZoom();
        setPreset(presetShowing(selected.t, preset, props.asOf, earliest));
      }
    }
    // Only when the selection changes: a later range change may hide it again.
  }, [props.selectedRef]);

  const overview = useMemo(() => {
    const innerW = width - MARGIN.left - MARGIN.right;
    const x = makeXScale(presetDomain, innerW);
    const [a, b] = visibleSlice(points, presetDomain[0], presetDomain[1]);
    return decimate(points.slice(a, b), (t) => x(t), innerW);
  }, [points, presetDomain, width]);

  const rangeText = `${shortDate(new Date(domain[0]).toISOString())} to ${shortDate(new Date(domain[1]).toISOString())}`;
  return (
    <section className="panel chart-panel" aria-labelledby="chart-h">
      <h2 id="chart-h">Platelet count and treatments</h2>
      <ChartControls
        preset={preset} onPreset={(p) => { setPreset(p); resetZoom(); }} mode={mode} onMode={setMode}
        zoomed={zoom !== null} onResetZoom={resetZoom} tableShown={tableShown} onToggleTable={() => setTableShown(!tableShown)}
      />
      <p className="sr-only" id={summaryId}>{chartSummary(visible, lanes)}</p>
      <div ref={boxRef} className="chart-box">
        {points.length === 0 && <p className="empty-note chart-empty">No platelet count in the record.</p>}
        <TrendViewport
          visible={visible} domain={domain} mode={mode} width={width} margin={MARGIN} lanes={lanes} events={events}
          selected={selected ?? null} onSelectRef={props.onSelectRef} rangeText={rangeText} summaryId={summaryId}
          onZoomKey={(factor, centre) => { setZoom(zoomWindow(domain, centre, factor, presetDomain)); setBrushGen((g) => g + 1); }}
        />
        <ChartBrush
          key={`${preset}-${brushGen}`} points={overview} domain={presetDomain} yDomain={[1, 1000]} mode="log"
          width={width} left={MARGIN.left} right={MARGIN.right} onZoom={setZoom} selection={zoom}
        />
      </div>
      <p className="legend">
        Lines: <span className="legend-item">30 dotted</span>, <span className="legend-item">50 dashed</span>,{" "}
        <span className="legend-item">100 dash-dot</span>, <span className="legend-item">400 sparse dots</span> ×10⁹/L.
        Markers: ● final, ○ preliminary, ▼ reported as “&lt;” a bound. Events: S splenectomy, T HSCT, P platelet transfusion, B bleeding.{" "}
        <span className="no-print legend-keyboard">Keyboard: focus the chart, arrows move between counts, + and − zoom, Enter selects; drag the strip below to zoom.</span>
      </p>
      {(unplaced.length > 0 || undated.length > 0) && (
        <p className="muted">
          Not placed on the chart (no readable date): {[...unplaced, ...undated.map((e) => `${e.agent} episode`)].join(", ")}.
        </p>
      )}
      {tableShown && <DataTable points={visible} selectedRef={props.selectedRef} onSelectRef={props.onSelectRef} rangeText={rangeText} />}
    </section>
  );
}
