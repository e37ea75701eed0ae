import { lazy, Suspense, type JSX } from "react";
import type { PlateletTrendChartProps } from "./platelet-trend-chart.tsx";

/** The chart code (visx and our SVG) is loaded on demand, so the status and recommendations paint first (habit 13). */
const LazyChart = lazy(() => import("./platelet-trend-chart.tsx").then((m) => ({ default: m.PlateletTrendChart })));

/** The trend chart, loaded lazily, with a text placeholder while it loads. */
export function TrendChart(props: PlateletTrendChartProps): JSX.Element {
  return (
    <Suspense fallback={<section className="panel chart-panel" aria-busy="true"><p>Loading the chart…</p></section>}>
      <LazyChart {...props} />
    </Suspense>
  );
}
