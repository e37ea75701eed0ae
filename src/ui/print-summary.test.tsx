// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from "vitest";
import { cleanup, render } from "@testing-library/react";
import { numberedEvidence, PrintSummary } from "./print-summary.tsx";
import { multirefractoryEvaluation } from "./test-fixtures.ts";

afterEach(cleanup);

describe("PrintSummary", () => {
  test("each citation is listed once and every item cites its evidence by number", () => {
    const ev = multirefractoryEvaluation();
    const all = ev.recommendations.flatMap((r) => r.evidence.map((e) => e.citation));
    const listed = numberedEvidence(ev.recommendations);
    expect(listed.map((e) => e.citation)).toEqual([...new Set(all)]);
    const { container } = render(<PrintSummary evaluation={ev} />);
    const items = container.querySelectorAll(".print-summary > ol:first-of-type > li");
    expect(items.length).toBe(ev.recommendations.length);
    ev.recommendations.forEach((r, i) => {
      const n = r.evidence.map((e) => listed.findIndex((l) => l.citation === e.citation) + 1);
      if (n.length > 0) expect(items[i]?.textContent).toContain(`[${n.join(", ")}]`);
    });
    expect(container.querySelectorAll(".print-evidence > li").length).toBe(listed.length);
  });
});
