// @vitest-environment happy-dom
// Run: npx vitest bench --run src/ui/chart  (a benchmark, not a unit test: it reports times and asserts nothing)
import { bench, describe } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { PlateletTrendChart } from "./platelet-trend-chart.tsx";
import { decimate } from "./decimate.ts";
import { toChartPoints } from "./geometry.ts";
import { AS_OF, manyPlatelets } from "../test-fixtures.ts";

const platelets = manyPlatelets(10_000);
const { points } = toChartPoints(platelets);
const t0 = points[0]?.t ?? 0;
const span = (points[points.length - 1]?.t ?? 1) - t0;
const noop = (): void => {};

describe("10,000 platelet counts", () => {
  bench("toChartPoints + decimate to 720 px", () => {
    const { points: p } = toChartPoints(platelets);
    decimate(p, (t) => ((t - t0) / span) * 720, 720);
  });

  bench("first render of the chart (happy-dom)", () => {
    render(<PlateletTrendChart platelets={platelets} therapies={[]} procedures={[]} conditions={[]} asOf={AS_OF} selectedRef={null} onSelectRef={noop} />);
    cleanup();
  }, { iterations: 10 });

  bench("keyboard step re-render (happy-dom)", () => {
    render(<PlateletTrendChart platelets={platelets} therapies={[]} procedures={[]} conditions={[]} asOf={AS_OF} selectedRef={null} onSelectRef={noop} />);
    const chart = screen.getByRole("application");
    for (let i = 0; i < 20; i++) {
      fireEvent.keyDown(chart, { key: "ArrowLeft" });
    }
    cleanup();
  }, { iterations: 5 });
});
