import { describe, expect, it } from "vitest";
import { eastAsianAncestry, normalisePatient } from "./patient.ts";

const RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
const withRace = (omb: string[], detailed: string[], text?: string) => ({
  resourceType: "Patient", id: "p1",
  extension: [{
    url: RACE,
    extension: [
      ...omb.map((code) => ({ url: "ombCategory", valueCoding: { system: "urn:oid:2.16.840.1.113883.6.238", code } })),
      ...detailed.map((code) => ({ url: "detailed", valueCoding: { system: "urn:oid:2.16.840.1.113883.6.238", code } })),
      ...(text === undefined ? [] : [{ url: "text", valueString: text }]),
    ],
  }],
});

describe("East/Southeast Asian ancestry (codes.md Ancestry)", () => {
  it.each([
    [["2028-9"], ["2034-7"], "yes"], [["2028-9"], ["2036-2"], "yes"], [["2028-9"], ["2039-6"], "yes"], [["2028-9"], ["2040-4"], "yes"],
    [["2028-9"], ["2047-9"], "yes"], [["2028-9"], ["2035-4"], "yes"], [["2028-9"], ["2046-1"], "yes"], [[], ["2034-7"], "yes"],
    [["2028-9"], [], "unknown"], [["2028-9"], ["2029-7"], "unknown"], [["2106-3"], [], "no"], [["2054-5", "2106-3"], [], "no"],
    [[], [], "unknown"], [["UNK"], [], "unknown"], [["ASKU"], [], "unknown"], [[], ["2029-7"], "unknown"],
  ])("omb %j, detailed %j -> %s", (omb, detailed, expected) => {
    expect(normalisePatient("p1", withRace(omb, detailed)).eastAsianAncestry).toBe(expected);
  });

  it("race text only is unknown", () => {
    expect(eastAsianAncestry({ omb: [], detailed: [], text: "Asian" })).toBe("unknown");
  });
});

describe("patient facts", () => {
  it("name, birth date, sex, race text", () => {
    const p = normalisePatient("p1", { ...withRace(["2106-3"], [], "White"), name: [{ use: "official", given: ["Ada", "B"], family: "Lovelace" }], birthDate: "1970-03-04", gender: "female" });
    expect(p).toMatchObject({ id: "p1", ref: "Patient/p1", name: "Ada B Lovelace", birthDate: "1970-03-04", sex: "female", race: { omb: ["2106-3"], detailed: [], text: "White" } });
  });

  it("absent or invalid fields are unknown, never defaulted", () => {
    expect(normalisePatient("p1", { resourceType: "Patient", id: "p1", gender: "F", birthDate: "03/04/1970" })).toMatchObject({ name: null, birthDate: null, sex: "unknown", eastAsianAncestry: "unknown" });
    expect(normalisePatient("p9", undefined)).toMatchObject({ id: "p9", name: null, sex: "unknown" });
  });
});
