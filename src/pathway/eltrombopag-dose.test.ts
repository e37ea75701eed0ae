import { describe, expect, it } from "vitest";
import { eltrombopagStep } from "./eltrombopag-dose.ts";

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
