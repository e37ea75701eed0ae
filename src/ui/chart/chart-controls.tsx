import type { JSX } from "react";
import { RANGE_PRESETS, type RangePreset, type ScaleMode } from "./geometry.ts";

export interface ChartControlsProps {
  readonly preset: RangePreset;
  readonly onPreset: (p: RangePreset) => void;
  readonly mode: ScaleMode;
  readonly onMode: (m: ScaleMode) => void;
  /** True while a brush zoom narrows the preset range. */
  readonly zoomed: boolean;
  readonly onResetZoom: () => void;
  readonly tableShown: boolean;
  readonly onToggleTable: () => void;
}

/** Range presets, log/linear toggle, zoom reset and the data-table toggle. */
export function ChartControls(p: ChartControlsProps): JSX.Element {
  return (
    <div className="chart-controls no-print">
      <div role="group" aria-label="Time range" className="button-group">
        {RANGE_PRESETS.map((r) => (
          <button key={r.id} type="button" aria-pressed={p.preset === r.id} onClick={() => p.onPreset(r.id)}>{r.label}</button>
        ))}
      </div>
      <button type="button" aria-pressed={p.mode === "log"} onClick={() => p.onMode(p.mode === "log" ? "linear" : "log")}>
        Log scale
      </button>
      {p.zoomed && <button type="button" onClick={p.onResetZoom}>Reset zoom</button>}
      <button type="button" aria-expanded={p.tableShown} onClick={p.onToggleTable}>
        {p.tableShown ? "Hide data table" : "Show data table"}
      </button>
    </div>
  );
}
