import { describe, expect, it } from "vitest";
import { EvaluationSchema } from "../contract/evaluation.ts";
import { evaluate } from "./evaluate.ts";
import { buildModel, condition, episode, itp, platelets, weekly, type ModelParts } from "./test-support.ts";

const AS_OF = "2026-11-20";
const chronic = itp("2020-01-01");

/** One row per gating branch of notes section 2, step 3 (and ADR 0010 #17): [name, model, indicated, reason, heldBack]. */
const ROWS: [string, ModelParts, boolean, RegExp, RegExp | undefined][] = [
  ["chronic, latest count 29 (< 30): indicated", { conditions: [chronic], platelets: platelets(["2026-11-19", 29]) }, true, /^Second-line therapy is indicated: chronic ITP with a latest count of 29 ×10⁹\/L \(< 30\)\.$/, undefined],
  ["chronic, latest count 30: not indicated", { conditions: [chronic], platelets: platelets(["2026-11-19", 30]) }, false, /not indicated: chronic ITP, but the latest count 30 ×10⁹\/L \(2026-11-19\) is not below 30 and no active bleeding; no first-line/, undefined],
  ["persistent (3-12 months), count 29: indicated", { conditions: [itp("2026-05-01")], platelets: platelets(["2026-11-19", 29]) }, true, /persistent ITP with a latest count of 29/, undefined],
  ["newly diagnosed (< 3 months), count 10, no treatment: not indicated", { conditions: [itp("2026-10-01")], platelets: platelets(["2026-11-19", 10]) }, false, /newly diagnosed ITP \(diagnosed 2026-10-01, under 3 months\): a low count or bleeding alone does not indicate it/, undefined],
  ["phase unknown (ITP without a date), count 12: cannot be judged", { conditions: [condition("itp", null)], platelets: platelets(["2026-11-19", 12]) }, false, /the phase is unknown \(no date of diagnosis in the record\), so "persistent or chronic ITP with a count < 30" cannot be judged, although the latest count is 12/, undefined],
  ["chronic, no count at all: not indicated", { conditions: [chronic] }, false, /no valid platelet count to compare with 30/, undefined],
  ["chronic, count 60 with bleeding: indicated", { conditions: [chronic, condition("bleeding", "2026-11-18")], platelets: platelets(["2026-11-19", 60]) }, true, /chronic ITP with bleeding/, undefined],
  [
    "newly diagnosed, prednisone: no response after its 2-week window: indicated",
    { conditions: [itp("2026-10-01")], platelets: platelets(["2026-10-01", 10], ["2026-10-10", 12], ["2026-10-20", 15]), therapies: [episode("prednisone", "2026-10-02", { end: "2026-10-25" })] },
    true,
    /indicated: prednisone: /,
    undefined,
  ],
  [
    "chronic, count 25 while responding to ongoing prednisone (R confirmed at 60 and 70, baseline 10): held back",
    { conditions: [chronic], platelets: platelets(["2026-10-01", 10], ["2026-10-10", 60], ["2026-10-20", 70], ["2026-11-19", 25]), therapies: [episode("prednisone", "2026-10-02")] },
    false,
    /^A second-line indication exists \(chronic ITP with a latest count of 25 ×10⁹\/L \(< 30\)\), but escalation is held back\.$/,
    /^the patient is responding to ongoing prednisone started 2026-10-02 \(response\)/,
  ],
  [
    "chronic, count 8 in week 3 of fostamatinib (day 21 of its 12-week window): held back",
    { conditions: [chronic], platelets: platelets(["2026-10-29", 9], ["2026-11-19", 8]), therapies: [episode("fostamatinib", "2026-10-30")] },
    false,
    /latest count of 8 ×10⁹\/L/,
    /^fostamatinib started 2026-10-30 is still inside its 12-week assessment window \(until 2027-01-22; Tavalisse label\)/,
  ],
  [
    "chronic, count 8 on day 83 of fostamatinib: still held back",
    { conditions: [chronic], platelets: platelets(["2026-08-28", 9], ["2026-11-19", 8]), therapies: [episode("fostamatinib", "2026-08-29")] },
    false,
    /latest count of 8/,
    /inside its 12-week assessment window \(until 2026-11-21/,
  ],
  [
    "chronic, count 8 on day 84 of fostamatinib: window passed, failed, indicated",
    { conditions: [chronic], platelets: platelets(["2026-08-27", 9], ["2026-11-19", 8]), therapies: [episode("fostamatinib", "2026-08-28")] },
    true,
    /latest count of 8 ×10⁹\/L \(< 30\); fostamatinib failed/,
    undefined,
  ],
  [
    "chronic, count 20, rituximab (ongoing) past its 8-week window with no count to judge it: held back",
    { conditions: [chronic], platelets: platelets(["2026-08-30", 20]), therapies: [episode("rituximab", "2026-09-01")] },
    false,
    /latest count of 20/,
    /^rituximab started 2026-09-01 has passed its 8-week assessment window without a platelet count to judge it/,
  ],
  [
    "chronic, count 20 on romiplostim titrated at 3 ug/kg: held back",
    { conditions: [chronic], platelets: platelets(["2026-11-19", 20]), therapies: [episode("romiplostim", "2026-11-01", { doses: weekly("2026-11-01", 3, 3, "ug/kg") })] },
    false,
    /latest count of 20/,
    /^romiplostim started 2026-11-01 is still being titrated \(0 of 28 days at the maximum so far\): it counts as failed only after 4 weeks at the maximum dose of 10 ug\/kg weekly without response \(Nplate label; Seed\)\.$/,
  ],
];

describe("assessment.secondLine: why second-line therapy is or is not indicated (notes section 2, step 3)", () => {
  it.each(ROWS)("%s", (_n, parts, indicated, reason, heldBack) => {
    const e = evaluate(buildModel(parts), AS_OF);
    expect(EvaluationSchema.safeParse(e).success).toBe(true);
    const sl = e.assessment.secondLine;
    expect(sl?.indicated).toBe(indicated);
    expect(sl?.reason).toMatch(reason);
    if (heldBack === undefined) expect(sl?.heldBack).toBeUndefined();
    else expect(sl?.heldBack).toMatch(heldBack);
    // The second-line steps follow `indicated`.
    expect(e.recommendations.some((r) => r.code === "discuss-goals-of-care")).toBe(indicated);
  });

  it("is omitted when the pathway does not apply", () => {
    const e = evaluate(buildModel({ conditions: [condition("thrombocytopenia-other", "2026-01-01")], platelets: platelets(["2026-11-19", 12]) }), AS_OF);
    expect(e.assessment.pathwayApplies).toBe(false);
    expect(e.assessment.secondLine).toBeUndefined();
  });
});
