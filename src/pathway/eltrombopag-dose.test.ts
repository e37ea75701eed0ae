import { describe, expect, it } from "vitest";
import { eltrombopagDecision, eltrombopagStep } from "./eltrombopag-dose.ts";
import { tpoRaContext } from "./tpo-ra-context.ts";
import { episode, platelets } from "./test-support.ts";

describe("eltrombopag dose table (Promacta label; notes section 3)", () => {
  it.each([
    ["49 after 14 days on 50 mg -> increase to 75", 49, 50, 14, "increase", 75],
    ["49 after 13 days on 50 mg -> continue (2-week rule)", 49, 50, 13, "continue", 50],
    ["49 on 12.5 mg -> 25 mg first", 49, 12.5, 14, "increase", 25],
    ["50 -> continue", 50, 50, 30, "continue", 50],
    ["149 -> continue", 149, 50, 30, "continue", 50],
    ["150 -> continue", 150, 50, 30, "continue", 50],
    ["199 -> continue", 199, 50, 30, "continue", 50],
    ["200 -> decrease by 25 mg", 200, 50, 30, "decrease", 25],
    ["200 on 25 mg -> 12.5 mg", 200, 25, 30, "decrease", 12.5],
    ["400 -> decrease", 400, 75, 30, "decrease", 50],
    ["250 after 7 days on a new 50 mg (start or increase) -> decrease (the row has no 2-week condition)", 250, 50, 7, "decrease", 25],
    ["401 -> hold, restart 25 mg lower", 401, 50, 30, "hold", 25],
    ["401 on 25 mg -> hold, restart at 12.5", 401, 25, 30, "hold", 12.5],
    ["401 on 12.5 mg for 13 days -> hold, restart at 12.5", 401, 12.5, 13, "hold", 12.5],
    ["401 on 12.5 mg for 14 days -> stop", 401, 12.5, 14, "stop", null],
  ] as const)("%s", (_n, count, mg, daysOn, action, next) => {
    const s = eltrombopagStep(count, mg, daysOn, 0);
    expect([s.action, s.mg]).toEqual([action, next]);
    if (action === "hold") expect(s.resumeBelow).toBe(150);
  });

  it.each([
    ["27 days at 75 mg -> continue", 27, "continue"],
    ["28 days at 75 mg -> taper", 28, "taper"],
  ] as const)("count 40, %s", (_n, atMax, action) => {
    expect(eltrombopagStep(40, 75, atMax, atMax).action).toBe(action);
  });
});

describe("eltrombopag after a count > 400 on the current dose: paused until < 150 (Promacta label; notes section 3)", () => {
  const AS_OF = "2026-11-20";
  // 50 mg daily since 2026-09-01 (one dose record, as a MedicationRequest gives it).
  const ctx = tpoRaContext(episode("eltrombopag", "2026-09-01", { doses: [["2026-09-01", 50, "mg"]] }), [], AS_OF);
  it.each([
    ["300 a week after 420 -> keep paused (not the 200-400 decrease row), restart at 25 mg", [["2026-11-06", 420], ["2026-11-13", 300]], "hold", 25, 150],
    ["150 after 420 -> still paused", [["2026-11-06", 420], ["2026-11-13", 150]], "hold", 25, 150],
    ["149 after 420 -> restart 25 mg lower", [["2026-11-06", 420], ["2026-11-13", 149]], "decrease", 25, undefined],
    ["420 before the dose began does not pause it: 300 -> the decrease row", [["2026-08-20", 420], ["2026-11-13", 300]], "decrease", 25, undefined],
    ["420, then 120 (restart point passed), now 250 -> the decrease row", [["2026-10-01", 420], ["2026-10-15", 120], ["2026-11-13", 250]], "decrease", 25, undefined],
  ] as const)("%s", (_n, rows, action, mg, resumeBelow) => {
    const d = ctx && eltrombopagDecision(ctx, platelets(...rows), AS_OF);
    expect([d?.order.action, d?.order.dose?.value, d?.order.resumeBelow]).toEqual([action, mg, resumeBelow]);
  });

  it("on 12.5 mg for 2 weeks when the count exceeded 400: stop (the stop row wins)", () => {
    const c = tpoRaContext(episode("eltrombopag", "2026-10-01", { doses: [["2026-10-01", 12.5, "mg"]] }), [], AS_OF);
    const d = c && eltrombopagDecision(c, platelets(["2026-10-15", 410], ["2026-10-22", 250]), AS_OF);
    expect(d?.order.action).toBe("stop");
    expect(d?.order.dose).toBeUndefined();
  });

  it("on 12.5 mg for 13 days when the count exceeded 400, then < 150: restart at 12.5 mg", () => {
    const c = tpoRaContext(episode("eltrombopag", "2026-10-02", { doses: [["2026-10-02", 12.5, "mg"]] }), [], AS_OF);
    const d = c && eltrombopagDecision(c, platelets(["2026-10-15", 410], ["2026-10-22", 120]), AS_OF);
    expect([d?.order.action, d?.order.dose?.value]).toEqual(["continue", 12.5]);
  });
});

describe("eltrombopag 200-400: wait 2 weeks after a decrease before decreasing again (Promacta label; notes section 3)", () => {
  it.each([
    ["13 days after a decrease -> continue", 13, "continue", 25],
    ["14 days after a decrease -> decrease again", 14, "decrease", 12.5],
  ] as const)("%s", (_n, daysOn, action, mg) => {
    expect([eltrombopagStep(250, 25, daysOn, 0, true).action, eltrombopagStep(250, 25, daysOn, 0, true).mg]).toEqual([action, mg]);
  });

  it("reads the decrease from the dose history: 50 mg then 25 mg 10 days ago", () => {
    const c = tpoRaContext(episode("eltrombopag", "2026-08-01", { doses: [["2026-08-01", 50, "mg"], ["2026-11-10", 25, "mg"]] }), [], "2026-11-20");
    const d = c && eltrombopagDecision(c, platelets(["2026-11-19", 250]), "2026-11-20");
    expect([d?.order.action, d?.order.dose?.value]).toEqual(["continue", 25]);
  });
});
