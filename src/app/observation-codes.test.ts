/**
 * The read layer (src/fhir, which may not import src/clinical) keeps its own list of the LOINC codes it searches;
 * this test pins it to the clinical value sets (shared/clinical/codes.md, "Observations"), so the two cannot drift.
 */
import { describe, expect, it } from "vitest";
import { ALT, AST, BILIRUBIN_DIRECT, BILIRUBIN_TOTAL, BODY_HEIGHT, BODY_WEIGHT, PLATELET_COUNT } from "../clinical/value-sets.ts";
import { OBSERVATION_CODES } from "../fhir/queries.ts";

const codes = (...sets: readonly (readonly { code: string }[])[]): string[] => sets.flat().map((e) => e.code).sort();

describe("the FHIR searches ask for exactly the clinical value sets", () => {
  it.each([
    ["platelets", OBSERVATION_CODES.platelets, codes(PLATELET_COUNT)],
    ["weight", OBSERVATION_CODES.weight, codes(BODY_WEIGHT)],
    ["height", OBSERVATION_CODES.height, codes(BODY_HEIGHT)],
    ["liver", OBSERVATION_CODES.liver, codes(ALT, AST, BILIRUBIN_TOTAL, BILIRUBIN_DIRECT)],
  ] as const)("%s", (_n, searched, clinical) => {
    expect([...searched].sort()).toEqual(clinical);
  });
});
