import { describe, expect, it } from "vitest";
import { condition, icd10, patient, sct } from "../../test/integration/model-builders.ts";
import { normalise } from "./normalise.ts";
import { assertValidModel } from "./validate-model.ts";

const run = (...resources: unknown[]) => assertValidModel(normalise({ resources: [patient(), ...resources] }));
const one = (code: Record<string, unknown>) => run(condition(code)).conditions[0];

describe("condition concepts by ICD-10-CM (codes.md Conditions)", () => {
  it.each([
    ["D69.3", "itp", null], ["D693", "itp", null], ["D69.6", "thrombocytopenia-other", null], ["D69.49", "thrombocytopenia-other", null],
    ["D69.59", "thrombocytopenia-other", null], ["D69.41", "thrombocytopenia-other", null], ["D75.82", "thrombocytopenia-not-itp", null],
    ["M31.1", "thrombocytopenia-not-itp", null], ["D69.42", "thrombocytopenia-not-itp", null],
    ["M32.14", "secondary-cause", "sle"], ["M32", "secondary-cause", "sle"], ["D68.61", "secondary-cause", "antiphospholipid-syndrome"],
    ["B20", "secondary-cause", "hiv"], ["Z21", "secondary-cause", "hiv"], ["B18.2", "secondary-cause", "hepatitis-c"], ["B17.10", "secondary-cause", "hepatitis-c"],
    ["B19.20", "secondary-cause", "hepatitis-c"], ["B18.1", "secondary-cause", "hepatitis-b"], ["B16.9", "secondary-cause", "hepatitis-b"],
    ["B19.10", "secondary-cause", "hepatitis-b"], ["B96.81", "secondary-cause", "h-pylori"], ["C91.10", "secondary-cause", "cll"],
    ["C81.90", "secondary-cause", "lymphoma"], ["C83.30", "secondary-cause", "lymphoma"], ["C88.0", "secondary-cause", "lymphoma"],
    ["D83.9", "secondary-cause", "cvid"], ["D47.2", "secondary-cause", "mgus"],
    ["K70.30", "hepatic-impairment", null], ["K74.60", "hepatic-impairment", null], ["K72.90", "hepatic-impairment", null],
    ["K92.2", "bleeding", null], ["I61.9", "bleeding", null], ["R04.0", "bleeding", null], ["R31.9", "bleeding", null], ["N92.0", "bleeding", null], ["H35.61", "bleeding", null],
  ])("%s -> %s / %s", (code, kind, cause) => {
    expect(one(icd10(code))).toMatchObject({ kind, secondaryCause: cause, matchedBy: "icd-10-cm", code });
  });

  it.each([["C80.1"], ["C89"], ["K74.0"], ["D69.0"], ["B18.9"], ["I63.9"]])("%s matches no concept (edge of a family): not-relevant", (code) => {
    const m = run(condition(icd10(code)));
    expect(m.conditions).toEqual([]);
    expect(m.ledger.excluded[0]?.reason).toBe("not-relevant");
  });
});

describe("condition concepts by SNOMED and by text", () => {
  it.each([
    ["32273002", "itp"], ["13172003", "itp"], ["302215000", "thrombocytopenia-other"], ["73397007", "thrombocytopenia-not-itp"],
    ["78129009", "thrombocytopenia-not-itp"], ["55464009", "secondary-cause"], ["77444004", "secondary-cause"], ["19943007", "hepatic-impairment"],
    ["131148009", "bleeding"], ["1386000", "bleeding"],
  ])("SNOMED %s -> %s", (code, kind) => {
    expect(one(sct(code))).toMatchObject({ kind, matchedBy: "snomed" });
  });

  it.each([
    ["Chronic immune thrombocytopenia", "itp"], ["Heparin-induced thrombocytopenia", "thrombocytopenia-not-itp"], ["Thrombocytopenia", "thrombocytopenia-other"],
    ["Systemic lupus erythematosus", "secondary-cause"], ["Rectal bleeding", "bleeding"], ["Cirrhosis of liver", "hepatic-impairment"],
    ["Drug-induced immune thrombocytopenia", "thrombocytopenia-not-itp"], ["Chemotherapy-induced thrombocytopenia", "thrombocytopenia-not-itp"],
  ])("text %j -> %s", (t, kind) => {
    expect(one({ text: t })).toMatchObject({ kind, matchedBy: "text" });
  });

  it("dates and clinical status are carried; onset/recorded/abatement", () => {
    const c = run(condition(icd10("D69.3"), { onsetDateTime: "2023-04-02", recordedDate: "2023-04-05", abatementDateTime: "2024-01-01", clinicalStatus: { coding: [{ code: "resolved" }] } })).conditions[0];
    expect(c).toMatchObject({ onset: "2023-04-02", recorded: "2023-04-05", abatement: "2024-01-01", clinicalStatus: "resolved" });
  });
});

describe("verification status", () => {
  it.each([["entered-in-error", "entered-in-error"], ["refuted", "not-relevant"]])("%s -> excluded %s", (code, reason) => {
    const m = run(condition(icd10("D69.3"), { verificationStatus: { coding: [{ code }] } }));
    expect(m.conditions).toEqual([]);
    expect(m.ledger.excluded[0]?.reason).toBe(reason);
  });

  it.each([["confirmed"], ["provisional"], ["unconfirmed"]])("%s is used", (code) => {
    expect(run(condition(icd10("D69.3"), { verificationStatus: { coding: [{ code }] } })).conditions).toHaveLength(1);
  });

  it("a Condition Z94.84 (stem cells transplant status) is HSCT evidence", () => {
    const m = run(condition(icd10("Z94.84")));
    expect(m.procedures[0]).toMatchObject({ kind: "hsct", matchedBy: "icd-10-cm", code: "Z94.84" });
  });
});
