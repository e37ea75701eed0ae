import { memo, type JSX } from "react";
import { Group } from "@visx/group";
import { Bar } from "@visx/shape";
import { barTitle, keyDoseIndex, lanesInWindow, thinLabels, type DoseLabel, type Lane } from "./lanes.ts";
import type { XScale } from "./scales.ts";

/** Okabe-Ito palette (colour-blind safe), one colour per lane in turn; bars also carry an outline and a name. */
export const LANE_COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"] as const;
export const LANE_HEIGHT = 30;

/**
 * Dose labels to draw on one bar: the dose in force where the bar enters the view (carried in from the left),
 * then each change, dropped where closer than 56 px or under the lane name; the latest (ongoing course) or the
 * highest (ended course) always stays.
 */
function laneLabels(doses: readonly DoseLabel[], ongoing: boolean, x: XScale, nameEnd: number, barStart: number, innerW: number): { px: number; t: number; label: string }[] {
  const left = Math.max(nameEnd, barStart);
  const before = doses.filter((d) => x(d.t) < left);
  const carried = before[before.length - 1];
  const rest = doses.filter((d) => x(d.t) >= left && x(d.t) <= innerW - 20);
  const all = carried === undefined ? rest : [{ ...carried, t: x.invert(left).getTime() as DoseLabel["t"] }, ...rest];
  return thinLabels(all, (t) => x(t), 56, keyDoseIndex(all, ongoing)).map((d) => ({ px: x(d.t), t: d.t, label: d.label }));
}

export interface TreatmentLanesProps {
  readonly lanes: readonly Lane[];
  readonly x: XScale;
  readonly width: number;
  readonly left: number;
  readonly right: number;
}

/**
 * One lane per agent under the trend, on the same time axis: bars for episodes, dose labels at each change.
 * Agents with no episode in the window are named on one line instead of drawing empty lanes.
 */
export const TreatmentLanes = memo(function TreatmentLanes({ lanes, x, width, left, right }: TreatmentLanesProps): JSX.Element | null {
  if (lanes.length === 0) {
    return null;
  }
  const innerW = width - left - right;
  const clampX = (v: number): number => Math.min(innerW, Math.max(0, v));
  const [d0, d1] = x.domain();
  const { inView, outside } = lanesInWindow(lanes, [d0?.getTime() ?? -Infinity, d1?.getTime() ?? Infinity]);
  return (
    <>
      {inView.length > 0 && (
        <svg width={width} height={inView.length * LANE_HEIGHT + 4} className="treatment-lanes" aria-hidden="true" focusable="false">
          <Group left={left} top={2}>
            {inView.map(({ lane, index }, i) => {
              const colour = LANE_COLOURS[index % LANE_COLOURS.length] as string;
              const nameEnd = lane.agent.length * 7 + 10;
              return (
                <Group key={lane.agent} top={i * LANE_HEIGHT} className="lane">
                  <text x={0} y={10} className="lane-name">{lane.agent}</text>
                  {lane.bars.map((b) => {
                    const x0 = clampX(x(b.start));
                    const x1 = clampX(x(b.end));
                    if (x1 - x0 <= 0 && (x(b.end) < 0 || x(b.start) > innerW)) {
                      return null;
                    }
                    const labels = laneLabels(b.doses, b.ongoing, x, nameEnd, x0, innerW);
                    return (
                      <g key={b.id}>
                        <Bar x={x0} y={14} width={Math.max(2, x1 - x0)} height={11} fill={colour} stroke="#333" strokeWidth={0.75} rx={2}>
                          <title>{barTitle(lane.agent, b)}</title>
                        </Bar>
                        {b.ongoing && x1 < innerW + 1 && <path d={`M${x1},13L${x1 + 6},19.5L${x1},26Z`} fill={colour} stroke="#333" strokeWidth={0.75} />}
                        {labels.map((d) => <text key={`${d.t}-${d.label}`} x={d.px} y={10} className="dose-label">{d.label}</text>)}
                      </g>
                    );
                  })}
                </Group>
              );
            })}
          </Group>
        </svg>
      )}
      {outside.length > 0 && (
        <p className="lanes-outside" style={{ marginLeft: left }}>
          No episode in this range: {outside.join(", ")}. <span className="no-print">“All” shows every treatment.</span>
        </p>
      )}
    </>
  );
});
