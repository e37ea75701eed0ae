import { describe, expect, it } from "vitest";
import { romiplostimDecision, romiplostimDose } from "./romiplostim-dose.ts";
import { tpoRaContext } from "./tpo-ra-context.ts";
import { episode, platelets, weekly, weight } from "./test-support.ts";

const AS_OF = "2026-11-20";
const W = weight("2026-06-01", 72.4);

/** Romiplostim weekly since 2026-06-03 at `level` ug/kg (dose in ug of 72.4 kg), last dose 2026-11-18. */
function ctxAt(level: number, weeksAtLevel = 8) {
  const early = weekly("2026-06-03", 24 - weeksAtLevel, Math.round(Math.max(level - 1, 1) * 72.4), "ug");
  const late = weekly(earlyEnd(24 - weeksAtLevel), weeksAtLevel, Math.round(level * 72.4), "ug");
  const t = episode("romiplostim", "2026-06-03", { doses: [...early, ...late] });
  const ctx = tpoRaContext(t, [W], AS_OF);
  if (!ctx) throw new Error("no context");
  return ctx;
}

function earlyEnd(n: number): string {
  return new Date(Date.parse("2026-06-03T00:00:00Z") + n * 7 * 86_400_000).toISOString().slice(0, 10);
}

describe("romiplostim dose table (Nplate label; notes section 3)", () => {
  it.each([
    ["49 -> increase by 1 ug/kg", [["2026-11-11", 60], ["2026-11-18", 49]], 3, "increase", 4],
    ["50 -> continue", [["2026-11-11", 60], ["2026-11-18", 50]], 3, "continue", 3],
    ["51 -> continue", [["2026-11-11", 60], ["2026-11-18", 51]], 3, "continue", 3],
    ["200 -> continue", [["2026-11-11", 210], ["2026-11-18", 200]], 3, "continue", 3],
    ["201 on one count only -> continue, re-check", [["2026-11-11", 150], ["2026-11-18", 201]], 3, "continue", 3],
    ["201 for 2 consecutive weeks -> decrease", [["2026-11-11", 230], ["2026-11-18", 201]], 3, "decrease", 2],
    ["400 for 2 consecutive weeks -> decrease", [["2026-11-11", 300], ["2026-11-18", 400]], 3, "decrease", 2],
    ["401 -> hold, resume at 1 ug/kg less", [["2026-11-11", 300], ["2026-11-18", 401]], 3, "hold", 2],
    ["401 on 1 ug/kg -> hold, resume at 1 ug/kg", [["2026-11-11", 300], ["2026-11-18", 401]], 1, "hold", 1],
    ["49 at 10 ug/kg for 8 weeks -> taper", [["2026-11-11", 20], ["2026-11-18", 49]], 10, "taper", null],
  ] as const)("%s", (_n, rows, level, action, next) => {
    const d = romiplostimDecision(ctxAt(level), platelets(...rows), [W], AS_OF);
    expect(d?.order.action).toBe(action);
    expect(d?.order.dosePerKg?.value ?? null).toBe(next);
    if (action === "hold") expect(d?.order.resumeBelow).toBe(200);
  });

  it.each([
    ["27 days at 10 ug/kg -> continue", "2026-10-24", "continue"],
    ["28 days at 10 ug/kg -> taper", "2026-10-23", "taper"],
  ] as const)("%s", (_n, firstMax, action) => {
    const doses = [["2026-06-03", 650, "ug"] as const, [firstMax, 724, "ug"] as const, ["2026-11-13", 724, "ug"] as const];
    const ctx = tpoRaContext(episode("romiplostim", "2026-06-03", { doses }), [W], AS_OF);
    const d = ctx && romiplostimDecision(ctx, platelets(["2026-11-19", 20]), [W], AS_OF);
    expect(d?.order.action).toBe(action);
  });

  it("dose in ug = level x initiation weight, rounded to the nearest ug, with the arithmetic", () => {
    expect(romiplostimDose(1, weight("2026-10-03", 72.4))).toEqual({ ug: 72, arithmetic: "1 ug/kg × 72.4 kg (2026-10-03) = 72 ug" });
    const d = romiplostimDecision(ctxAt(3), platelets(["2026-11-18", 30]), [W], AS_OF);
    expect(d?.order).toMatchObject({ dose: { value: 290, unit: "ug" }, dosePerKg: { value: 4, unit: "ug/kg" }, doseArithmetic: "4 ug/kg × 72.4 kg (2026-06-01) = 290 ug" });
  });

  it("a newer weight > 10% different is reported but the arithmetic keeps the initiation weight", () => {
    const newer = weight("2026-11-01", 80);
    const d = romiplostimDecision(ctxAt(3), platelets(["2026-11-18", 30]), [W, newer], AS_OF);
    expect(d?.warnings.map((w) => w.code)).toEqual(["weight-changed"]);
    expect(d?.order.dose?.value).toBe(290);
  });

  it("a newer weight within 10% raises nothing", () => {
    const d = romiplostimDecision(ctxAt(3), platelets(["2026-11-18", 30]), [W, weight("2026-11-01", 79.6)], AS_OF);
    expect(d?.warnings).toEqual([]);
  });

  it("no weight at initiation: no dose in ug, missing-weight", () => {
    const t = episode("romiplostim", "2026-06-03", { doses: weekly("2026-06-03", 10, 217, "ug") });
    const ctx = tpoRaContext(t, [], AS_OF);
    const d = ctx && romiplostimDecision(ctx, platelets(["2026-11-18", 30]), [], AS_OF);
    expect(d?.order.dose).toBeUndefined();
    expect(d?.warnings.map((w) => w.code)).toContain("missing-weight");
  });

  it("a count older than 14 days is named in the rationale", () => {
    const d = romiplostimDecision(ctxAt(3), platelets(["2026-11-05", 30]), [W], AS_OF);
    expect(d?.rationale).toMatch(/15 days old/);
  });

  it("a new course starts after more than 4 weeks without a dose and uses the weight at its start", () => {
    const doses = [["2025-01-01", 70, "ug"] as const, ["2026-10-01", 80, "ug"] as const, ["2026-10-08", 80, "ug"] as const];
    const ctx = tpoRaContext(episode("romiplostim", "2025-01-01", { doses }), [weight("2024-12-20", 70), weight("2026-09-28", 80)], AS_OF);
    expect([ctx?.courseStart, ctx?.weight?.value, ctx?.run?.level]).toEqual(["2026-10-01", 80, 1]);
  });
});

describe("romiplostim after a hold (> 400): resume below 200 at 1 ug/kg less (Nplate label)", () => {
  const doses = weekly("2026-06-03", 21, 290, "ug"); // 4 ug/kg of 72.4 kg, last dose 2026-10-21
  const ctx = tpoRaContext(episode("romiplostim", "2026-06-03", { doses }), [W], AS_OF);
  it.each([
    ["still >= 200 -> keep holding", [["2026-10-28", 450], ["2026-11-04", 300], ["2026-11-11", 200]], "hold", 3],
    ["199 -> resume at 3 ug/kg", [["2026-10-28", 450], ["2026-11-04", 300], ["2026-11-11", 199]], "decrease", 3],
    ["no count > 400 since the last dose -> the ordinary table", [["2026-10-14", 450], ["2026-11-04", 180], ["2026-11-11", 150]], "continue", 4],
  ] as const)("%s", (_n, rows, action, level) => {
    const d = ctx && romiplostimDecision(ctx, platelets(...rows), [W], AS_OF);
    expect([d?.order.action, d?.order.dosePerKg?.value]).toEqual([action, level]);
  });
});

describe("romiplostim recorded by prescription only: no hold state is inferred (a request does not date each dose)", () => {
  const t = episode("romiplostim", "2026-06-03", { doses: [["2026-06-03", 290, "ug"]] });
  const ctx = tpoRaContext({ ...t, doses: t.doses.map((d) => ({ ...d, source: "MedicationRequest/rx1" })) }, [W], AS_OF);
  it.each([
    ["450 in August, now 250 once: the ordinary table (continue, re-check)", [["2026-08-10", 450], ["2026-11-04", 150], ["2026-11-18", 250]], "continue", 4],
    ["450 in August, now 180: the ordinary table (continue), not a resume at 3 ug/kg", [["2026-08-10", 450], ["2026-11-18", 180]], "continue", 4],
  ] as const)("%s", (_n, rows, action, level) => {
    const d = ctx && romiplostimDecision(ctx, platelets(...rows), [W], AS_OF);
    expect([d?.order.action, d?.order.dosePerKg?.value]).toEqual([action, level]);
  });
});

