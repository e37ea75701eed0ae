import { describe, expect, it } from "vitest";
import { buildState } from "./build-state.ts";
import { evaluate } from "./evaluate.ts";
import { countWarnings, dataWarnings, liverWarnings, phaseWarnings, thrombosisWarnings } from "./warnings.ts";
import { alt, buildModel, condition, episode, itp, platelet, platelets } from "./test-support.ts";

const AS_OF = "2026-11-20";

describe("count warnings (notes sections 2 and 4)", () => {
  it.each([
    ["19 -> critical", [["2026-11-19", 19]], ["critical-platelet-count"]],
    ["20 -> not critical", [["2026-11-19", 20]], []],
    ["30 days old -> not stale", [["2026-10-21", 45]], []],
    ["31 days old -> stale", [["2026-10-20", 45]], ["stale-platelet-count"]],
    ["no count -> missing", [], ["missing-platelet-count"]],
  ] as const)("%s", (_n, rows, codes) => {
    const s = buildState(buildModel({ conditions: [itp("2020-01-01")], platelets: platelets(...rows) }), AS_OF);
    expect(countWarnings(s).map((w) => w.code)).toEqual(codes);
  });

  it("a count with a comparator ('<10') is not a valid count, but it is below 20: critical and missing", () => {
    const s = buildState(buildModel({ conditions: [itp("2020-01-01")], platelets: [platelet("2026-11-19", 10, { comparator: "<" })] }), AS_OF);
    expect(countWarnings(s).map((w) => w.code)).toEqual(["critical-platelet-count", "missing-platelet-count"]);
  });

  it.each([
    ["'<10' after a measured 45: critical (the count is now below 20)", "<", 10, ["critical-platelet-count"]],
    ["'<20' after a measured 45: critical (below 20)", "<", 20, ["critical-platelet-count"]],
    ["'<=20' after a measured 45: not shown to be below 20", "<=", 20, []],
    ["'<50' after a measured 45: not shown to be below 20", "<", 50, []],
    ["'>400' after a measured 45: not an upper bound", ">", 400, []],
  ] as const)("%s", (_n, comparator, value, codes) => {
    const s = buildState(buildModel({ conditions: [itp("2020-01-01")], platelets: [platelet("2026-11-10", 45), platelet("2026-11-19", value, { comparator })] }), AS_OF);
    expect(countWarnings(s).map((w) => w.code)).toEqual(codes);
  });
});

describe("hepatotoxicity on eltrombopag (Promacta label): ALT >= 3x ULN, referenceRange.high only", () => {
  const elt = episode("eltrombopag", "2026-09-01", { doses: [["2026-09-01", 50, "mg"]] });
  it.each([
    ["ALT 119, ULN 40 (2.975x) -> nothing", [alt("2026-11-10", 119, 40)], []],
    ["ALT 120, ULN 40 (3x) -> hepatotoxicity", [alt("2026-11-10", 120, 40)], ["hepatotoxicity"]],
    ["ALT without upper limit -> missing-upper-limit-of-normal", [alt("2026-11-10", 300, null)], ["missing-upper-limit-of-normal"]],
    ["no ALT since start -> missing-liver-tests", [alt("2026-08-01", 30, 40)], ["missing-liver-tests"]],
    ["raised before (60, ULN 40): 150 < 3x60 -> nothing", [alt("2026-08-01", 60, 40), alt("2026-11-10", 150, 40)], []],
    ["raised before (60, ULN 40): 180 = 3x60 -> hepatotoxicity", [alt("2026-08-01", 60, 40), alt("2026-11-10", 180, 40)], ["hepatotoxicity"]],
    ["raised before in U/L (60, ULN 40), latest in ukat/L (3.5, ULN 0.6): judged on its own ULN -> hepatotoxicity", [alt("2026-08-01", 60, 40), { ...alt("2026-11-10", 3.5, 0.6), unit: "ukat/L" }], ["hepatotoxicity"]],
  ] as const)("%s", (_n, liverTests, codes) => {
    const s = buildState(buildModel({ conditions: [itp("2020-01-01")], therapies: [elt], liverTests: [...liverTests] }), AS_OF);
    expect(liverWarnings(s).map((w) => w.code)).toEqual(codes);
  });
});

describe("thrombosis risk and data warnings", () => {
  it("thrombosis risk recorded while on a TPO-RA", () => {
    const s = buildState(buildModel({ conditions: [itp("2020-01-01"), condition("thrombosis-risk", "2019-01-01", { display: "factor V Leiden" })], therapies: [episode("romiplostim", "2026-01-01")] }), AS_OF);
    expect(thrombosisWarnings(s, []).map((w) => w.code)).toEqual(["thrombosis-risk"]);
  });

  it("no thrombosis warning without a TPO-RA", () => {
    const s = buildState(buildModel({ conditions: [itp("2020-01-01"), condition("thrombosis-risk", "2019-01-01")] }), AS_OF);
    expect(thrombosisWarnings(s, [])).toEqual([]);
  });

  it("unit-unrecognised exclusions in the ledger and unavailable resource types", () => {
    const s = buildState(
      buildModel({ ledger: { read: 2, used: [], excluded: [{ ref: "Observation/u1", reason: "unit-unrecognised" }, { ref: "Observation/x", reason: "duplicate" }] }, unavailable: [{ resourceType: "Procedure", reason: "403" }] }),
      AS_OF,
    );
    expect(dataWarnings(s).map((w) => [w.code, w.refs ?? []])).toEqual([["unit-unrecognised", ["Observation/u1"]], ["resource-type-unavailable", []]]);
  });
});

describe("phase-unknown: ITP without a usable date of diagnosis (IWG 2009 phases; notes section 2, step 3)", () => {
  it.each([
    ["ITP without onset or recorded date -> phase-unknown (no date of diagnosis)", [condition("itp", null)], /^No date of diagnosis is in the record .* cannot be judged: ask the clinician or check the problem list/],
    ["ITP dated after the as-of date -> phase-unknown (date after the evaluation)", [itp("2026-11-21")], /^The recorded date of diagnosis \(2026-11-21\) is after the evaluation date/],
    ["ITP dated on the as-of date -> no warning (newly diagnosed)", [itp("2026-11-20")], null],
    ["no thrombocytopenia recorded (pathway does not apply) -> no warning", [], null],
  ] as const)("%s", (_n, conditions, text) => {
    const s = buildState(buildModel({ conditions: [...conditions], platelets: platelets(["2026-11-19", 12]) }), AS_OF);
    const ws = phaseWarnings(s);
    if (text === null) expect(ws).toEqual([]);
    else {
      expect(ws.map((w) => w.code)).toEqual(["phase-unknown"]);
      expect(ws[0]?.text).toMatch(text);
      expect(ws[0]?.text).toMatch(/whether second-line therapy is indicated on the count alone \(persistent or chronic ITP with a count < 30 ×10⁹\/L\)/);
      expect(ws[0]?.refs).toEqual([conditions[0]?.source]);
    }
  });

  it("evaluate raises it beside the other warnings", () => {
    const e = evaluate(buildModel({ conditions: [condition("itp", null)], platelets: platelets(["2026-11-19", 25]) }), AS_OF);
    expect(e.assessment.phase).toBe("unknown");
    expect(e.warnings.map((w) => w.code)).toContain("phase-unknown");
  });
});
