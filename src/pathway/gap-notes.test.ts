import { describe, expect, it } from "vitest";
import { EvaluationSchema, type Evaluation } from "../contract/evaluation.ts";
import type { PatientModel } from "../model/patient-model.ts";
import { evaluate } from "./evaluate.ts";
import { buildModel, episode, itp, multirefractoryParts, platelets, weight, type ModelParts } from "./test-support.ts";

// ADR 0010 item 30: a premise resting on a record the EHR could not give is never stated as fact.
const AS_OF = "2026-11-20";
const FORBIDDEN = (t: string, key = t): { resourceType: string; reason: string } => ({ resourceType: t, reason: `${key}: HTTP 403 Forbidden` });
const MEDS = ["MedicationRequest", "MedicationStatement", "MedicationAdministration"].map((t) => FORBIDDEN(t));

/** Chronic ITP, count 18, prednisone only (second line indicated; every option untried in what was read). */
const chronic: ModelParts = {
  conditions: [itp("2020-01-01")],
  platelets: platelets(["2026-10-01", 22], ["2026-11-15", 18]),
  weights: [weight("2026-10-03", 72.4)],
  therapies: [episode("prednisone", "2020-01-05", { end: "2020-02-01" })],
};
const run = (parts: ModelParts, unavailable: PatientModel["unavailable"]): Evaluation => evaluate(buildModel({ ...parts, unavailable }), AS_OF);
const rec = (e: Evaluation, code: string) => e.recommendations.find((r) => r.code === code);
const gapWarnings = (e: Evaluation): string[] => e.warnings.filter((w) => w.code === "resource-type-unavailable").map((w) => w.text);

describe("unreadable resource types: the recommendations that rest on them say so first (ADR 0010 item 30)", () => {
  const base = evaluate(buildModel(chronic), AS_OF);

  it.each<[string, PatientModel["unavailable"], string, RegExp]>([
    ["Procedure -> consider-splenectomy: check whether one was done", [FORBIDDEN("Procedure")], "consider-splenectomy",
      /^The record of procedures could not be read from the EHR \(HTTP 403\), so a previous splenectomy cannot be excluded: check whether a splenectomy was done before considering one\. Second-line/],
    ["all medication types -> start-tpo-ra: a previous TPO-RA cannot be excluded", MEDS, "start-tpo-ra",
      /^The records of medication orders, medication statements and medication administrations could not be read from the EHR \(HTTP 403\), so a previous TPO-RA \(romiplostim, eltrombopag and avatrombopag\) cannot be excluded/],
    ["MedicationAdministration -> consider-rituximab", [FORBIDDEN("MedicationAdministration")], "consider-rituximab",
      /^The record of medication administrations could not be read from the EHR \(HTTP 403\), so a previous course of rituximab cannot be excluded/],
    ["MedicationRequest 404 -> consider-fostamatinib", [{ resourceType: "MedicationRequest", reason: "MedicationRequest: HTTP 404" }], "consider-fostamatinib",
      /^The record of medication orders could not be read from the EHR \(HTTP 404\), so a previous course of fostamatinib cannot be excluded/],
    ["MedicationStatement -> consider-avatrombopag", [FORBIDDEN("MedicationStatement")], "consider-avatrombopag", /^The record of medication statements .*a previous course of avatrombopag cannot be excluded/],
    ["Medication (definitions) -> consider-rilzabrutinib", [FORBIDDEN("Medication")], "consider-rilzabrutinib", /^The record of medication definitions \(referenced Medication resources\) .*a previous course of rilzabrutinib cannot be excluded/],
    ["Condition -> reevaluate-diagnosis: secondary causes cannot be seen", [FORBIDDEN("Condition")], "reevaluate-diagnosis", /^The record of conditions \(problem list\) could not be read .*exclude them clinically\. Multirefractory/],
  ])("%s", (_n, unavailable, code, rationale) => {
    const e = run(chronic, unavailable);
    expect(EvaluationSchema.safeParse(e).success).toBe(true);
    // Kept, in the same place: the recommendation stays safe as a check to make.
    expect(e.recommendations.map((r) => r.code)).toEqual(base.recommendations.map((r) => r.code));
    expect(rec(e, code)?.rationale).toMatch(rationale);
    expect(rec(e, code)?.summary).toMatch(/^(Check|Problem list)/);
    expect(rec(e, code)?.rationale.endsWith(rec(base, code)?.rationale ?? "?")).toBe(true);
    expect(gapWarnings(e).join(" ")).toContain(code);
  });

  it("no unavailable type -> rationales unchanged, no resource-type-unavailable warning", () => {
    expect(rec(run(chronic, []), "consider-splenectomy")?.rationale).toBe(rec(base, "consider-splenectomy")?.rationale);
    expect(gapWarnings(base)).toEqual([]);
  });

  it("Procedure unavailable: the warning names procedures once, the status and reason, what it hides and what it touches", () => {
    expect(gapWarnings(run(chronic, [FORBIDDEN("Procedure")]))).toEqual([
      "Procedures could not be read from the EHR (HTTP 403: Forbidden): a previous splenectomy or transplant cannot be excluded. Affected: consider-splenectomy, refractory status (insufficient data).",
    ]);
  });

  it.each<[string, PatientModel["unavailable"], RegExp]>([
    ["Observation:platelets", [FORBIDDEN("Observation", "Observation:platelets")], /^Platelet counts could not be read from the EHR \(HTTP 403: Forbidden\): responses, failures and dose steps rest only on the counts that could be read\. Affected: .*start-tpo-ra.*refractory status \(insufficient data\)\.$/],
    ["Observation:vitals", [FORBIDDEN("Observation", "Observation:vitals")], /^Weights and heights could not be read .*weight-based doses cannot rest on a current weight\. Affected: start-tpo-ra, consider-rituximab\.$/],
    ["Observation:liver", [FORBIDDEN("Observation", "Observation:liver")], /^Liver tests could not be read .*hepatotoxicity on eltrombopag cannot be judged\.$/],
    ["Patient", [FORBIDDEN("Patient")], /^Patient demographics could not be read from the EHR \(HTTP 403: Forbidden\): age, sex and ancestry may be unknown\.$/],
  ])("%s -> a warning that reads well", (_n, unavailable, text) => {
    expect(gapWarnings(run(chronic, unavailable))).toEqual([expect.stringMatching(text)]);
  });
});

describe("refractory status with unreadable therapy records (notes section 1 precedence: a visible failure wins)", () => {
  const failedRomiplostim = { ...chronic, therapies: [...(chronic.therapies ?? []), episode("romiplostim", "2024-01-01", { end: "2024-06-01", stoppedForIntolerance: true })] };
  const multi: ModelParts = multirefractoryParts();
  const { procedures: _p, ...multiWithoutProcedures } = multi;
  it.each<[string, ModelParts, PatientModel["unavailable"], string]>([
    ["nothing failed, Procedure unreadable -> insufficient-data", chronic, [FORBIDDEN("Procedure")], "insufficient-data"],
    ["nothing failed, all medication types unreadable -> insufficient-data", chronic, MEDS, "insufficient-data"],
    ["nothing failed, Medication definitions unreadable -> insufficient-data", chronic, [FORBIDDEN("Medication")], "insufficient-data"],
    ["nothing failed, platelet counts unreadable -> insufficient-data", chronic, [FORBIDDEN("Observation", "Observation:platelets")], "insufficient-data"],
    ["nothing failed, only weights unreadable -> not-refractory", chronic, [FORBIDDEN("Observation", "Observation:vitals")], "not-refractory"],
    ["nothing failed, only Condition unreadable -> not-refractory", chronic, [FORBIDDEN("Condition")], "not-refractory"],
    ["a visible failed TPO-RA, Procedure unreadable -> refractory", failedRomiplostim, [FORBIDDEN("Procedure")], "refractory"],
    ["multirefractory in what was read, MedicationStatement unreadable -> multirefractory", multi, [FORBIDDEN("MedicationStatement")], "multirefractory"],
    ["the multirefractory patient with Procedure unreadable -> refractory", multiWithoutProcedures, [FORBIDDEN("Procedure")], "refractory"],
  ])("%s", (_n, parts, unavailable, status) => {
    expect(run(parts, unavailable).assessment.refractoryStatus).toBe(status);
  });

  it("the multirefractory patient with Procedure unreadable: splenectomy kept as a check, the warning says multirefractory cannot be excluded", () => {
    const e = run(multiWithoutProcedures, [FORBIDDEN("Procedure")]);
    expect(rec(e, "consider-splenectomy")?.summary).toMatch(/^Check whether a splenectomy was done/);
    expect(gapWarnings(e)).toEqual([expect.stringMatching(/Affected: consider-splenectomy, refractory status \(multirefractory cannot be excluded\)\.$/)]);
  });

  it("not-indicated second line says a failed therapy cannot be excluded when therapy records are unreadable", () => {
    const responder = { ...chronic, platelets: platelets(["2026-11-15", 90]) };
    expect(run(responder, [FORBIDDEN("Procedure")]).assessment.secondLine?.reason).toMatch(/; but the record of procedures could not be read from the EHR \(HTTP 403\), so a failed therapy cannot be excluded\.$/);
  });

  it("Condition unreadable and no diagnosis read: the not-applicable reason says the diagnosis cannot be excluded", () => {
    const e = run({ platelets: platelets(["2026-11-15", 18]) }, [FORBIDDEN("Condition")]);
    expect(e.assessment.pathwayApplies).toBe(false);
    expect(e.assessment.notApplicableReason).toMatch(/The record of conditions \(problem list\) could not be read from the EHR \(HTTP 403\), so an ITP diagnosis cannot be excluded/);
    expect(gapWarnings(e)[0]).toMatch(/Affected: whether the pathway applies \(diagnosis\)\.$/);
  });
});
