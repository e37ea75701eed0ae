/**
 * CDC race codes for the eltrombopag starting dose (shared/clinical/codes.md "Ancestry"; refractory-itp.md
 * section 3: East/Southeast Asian ancestry -> 25 mg). Only the codes the notes name are listed.
 */
import { CDC_RACE, type CodeEntry } from "./codes.ts";

/** OMB category "Asian": also covers South Asian groups, so it does not decide alone. */
export const OMB_ASIAN = "2028-9";

export const EAST_ASIAN_DETAILED: readonly CodeEntry[] = [
  { system: CDC_RACE, code: "2034-7", display: "Chinese" },
  { system: CDC_RACE, code: "2035-4", display: "Taiwanese" },
  { system: CDC_RACE, code: "2036-2", display: "Filipino" },
  { system: CDC_RACE, code: "2039-6", display: "Japanese" },
  { system: CDC_RACE, code: "2040-4", display: "Korean" },
  { system: CDC_RACE, code: "2046-1", display: "Thai" },
  { system: CDC_RACE, code: "2047-9", display: "Vietnamese" },
];

/** v3 NullFlavor codes US Core allows in ombCategory: not a race. */
export const RACE_NULL_FLAVOURS: readonly string[] = ["UNK", "ASKU"];
