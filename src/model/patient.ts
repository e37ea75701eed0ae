/**
 * Patient -> name, birth date, sex and US Core race, with East/Southeast Asian ancestry for the eltrombopag
 * starting dose (shared/clinical/codes.md "Ancestry"; refractory-itp.md section 3).
 */
import { US_CORE_RACE } from "../clinical/codes.ts";
import { EAST_ASIAN_DETAILED, OMB_ASIAN, RACE_NULL_FLAVOURS } from "../clinical/ancestry.ts";
import { validDate } from "./dates.ts";
import { asArray, asRecord, asString, type Json } from "./fhir-read.ts";
import type { PatientModel } from "./patient-model.ts";

type PatientFacts = PatientModel["patient"];

const SEXES = new Set(["female", "male", "other", "unknown"]);

function nameOf(r: Json): string | null {
  const names = asArray(r["name"]).map(asRecord).filter((n) => n !== undefined);
  const chosen = names.find((n) => n["use"] === "official") ?? names.find((n) => n["use"] !== "old") ?? names[0];
  if (chosen === undefined) {
    return null;
  }
  const text = asString(chosen["text"]);
  if (text !== undefined) {
    return text;
  }
  const parts = [...asArray(chosen["given"]).map(asString), asString(chosen["family"])].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? null : parts.join(" ");
}

/** US Core race: OMB category codes, detailed codes and text (null flavours such as UNK/ASKU are left out). */
export function raceOf(r: Json): PatientFacts["race"] {
  const race: PatientFacts["race"] = { omb: [], detailed: [], text: null };
  for (const ext of asArray(r["extension"]).map(asRecord)) {
    if (ext?.["url"] !== US_CORE_RACE) {
      continue;
    }
    for (const sub of asArray(ext["extension"]).map(asRecord)) {
      const code = asString(asRecord(sub?.["valueCoding"])?.["code"]);
      if (sub?.["url"] === "ombCategory" && code !== undefined && !RACE_NULL_FLAVOURS.includes(code)) {
        race.omb.push(code);
      } else if (sub?.["url"] === "detailed" && code !== undefined) {
        race.detailed.push(code);
      } else if (sub?.["url"] === "text") {
        race.text = asString(sub["valueString"]) ?? race.text;
      }
    }
  }
  return race;
}

/**
 * yes: a detailed East/Southeast Asian code; unknown: OMB "Asian" (2028-9) without one (it also covers South
 * Asian groups: ask), or nothing recorded, or only detailed codes; no: OMB categories recorded, none of them Asian.
 */
export function eastAsianAncestry(race: PatientFacts["race"]): PatientFacts["eastAsianAncestry"] {
  if (race.detailed.some((c) => EAST_ASIAN_DETAILED.some((e) => e.code === c))) {
    return "yes";
  }
  if (race.omb.includes(OMB_ASIAN) || race.omb.length === 0) {
    return "unknown";
  }
  return "no";
}

/** The patient facts from a Patient resource, or unknowns (never defaults) when there is none. */
export function normalisePatient(id: string, r: Json | undefined): PatientFacts {
  if (r === undefined) {
    return { id, ref: `Patient/${id}`, name: null, birthDate: null, sex: "unknown", race: { omb: [], detailed: [], text: null }, eastAsianAncestry: "unknown" };
  }
  const gender = asString(r["gender"]);
  const race = raceOf(r);
  return {
    id, ref: `Patient/${id}`, name: nameOf(r), birthDate: validDate(r["birthDate"]) ?? null,
    sex: gender !== undefined && SEXES.has(gender) ? (gender as PatientFacts["sex"]) : "unknown",
    race, eastAsianAncestry: eastAsianAncestry(race),
  };
}
