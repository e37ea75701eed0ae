import { describe, expect, it } from "vitest";
import { BENEFIT_HARM } from "../clinical/benefit-harm.ts";
import { alemtuzumab, combinationChemotherapy } from "./recommendations-escalation.ts";

describe("step-7 rationales quote the notes' section 7 rows (one source for the numbers)", () => {
  it.each([
    ["combination-chemotherapy", combinationChemotherapy([]), "68% (42% complete)", "2-3 months"],
    ["alemtuzumab", alemtuzumab([]), "67% initial", "all but one relapsed within 24 months"],
  ] as const)("%s", (code, rec, response, other) => {
    expect(BENEFIT_HARM[code]?.response).toBe(response);
    expect(rec.rationale).toContain(`Response: ${response}.`);
    expect(rec.rationale).toContain(other);
    expect(rec.benefitHarm?.response).toBe(response);
  });
});
