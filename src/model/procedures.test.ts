import { describe, expect, it } from "vitest";
import { SUBJECT, nextId, patient } from "../../test/integration/model-builders.ts";
import { normalise } from "./normalise.ts";
import { assertValidModel } from "./validate-model.ts";

const proc = (code: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  resourceType: "Procedure", id: nextId("pr"), status: "completed", subject: SUBJECT, code, performedDateTime: "2020-05-01", ...extra,
});
const run = (...resources: unknown[]) => assertValidModel(normalise({ resources: [patient(), ...resources] }));
const c = (system: string, code: string) => ({ coding: [{ system, code }] });

describe("procedures (codes.md Procedures)", () => {
  it.each([
    [c("http://www.ama-assn.org/go/cpt", "38100"), "splenectomy", "cpt"], [c("http://www.ama-assn.org/go/cpt", "38120"), "splenectomy", "cpt"],
    [c("http://www.cms.gov/Medicare/Coding/ICD10", "07TP4ZZ"), "splenectomy", "icd-10-pcs"], [c("http://snomed.info/sct", "234319005"), "splenectomy", "snomed"],
    [{ text: "Laparoscopic splenectomy" }, "splenectomy", "text"], [c("http://snomed.info/sct", "234336002"), "hsct", "snomed"],
    [c("http://www.cms.gov/Medicare/Coding/ICD10", "30243G0"), "hsct", "icd-10-pcs"], [c("http://snomed.info/sct", "12719002"), "platelet-transfusion", "snomed"],
    [{ text: "Platelet transfusion" }, "platelet-transfusion", "text"],
  ])("%j -> %s by %s", (code, kind, by) => {
    expect(run(proc(code)).procedures[0]).toMatchObject({ kind, matchedBy: by, date: "2020-05-01" });
  });

  it.each([["not-done", "not-done"], ["preparation", "not-done"], ["entered-in-error", "entered-in-error"]])("status %s -> %s", (status, reason) => {
    const m = run(proc({ text: "Splenectomy" }, { status }));
    expect(m.procedures).toEqual([]);
    expect(m.ledger.excluded[0]?.reason).toBe(reason);
  });

  it("performedPeriod.start is the date; an appendectomy is not-relevant", () => {
    const m = run(proc({ text: "Splenectomy" }, { performedDateTime: undefined, performedPeriod: { start: "2019-02-02", end: "2019-02-03" } }), proc({ text: "Appendectomy" }));
    expect(m.procedures.map((p) => p.date)).toEqual(["2019-02-02"]);
    expect(m.ledger.excluded.map((e) => e.reason)).toEqual(["not-relevant"]);
  });
});
