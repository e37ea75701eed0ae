/**
 * Unit alias tables as data (source: shared/clinical/refractory-itp.md section 6 "Units"; UCUM https://ucum.org/ucum).
 * Each alias maps to a factor into the model's fixed unit. Aliases are compared exactly after trimming: UCUM is
 * case-sensitive, and EHR spellings are listed one by one (`K/uL` is kelvin per microlitre in UCUM, so it is an
 * explicit EHR alias here). A unit not in a table is never guessed.
 */

export interface UnitAlias {
  readonly factor: number;
  /** True when @lhncbc/ucum-lhc reads the string with this meaning (checked in units-ucum.test.ts; it accepts `10^3`). */
  readonly ucum: boolean;
}

const PER_LITRE_E9: UnitAlias = { factor: 1, ucum: true };
const EHR_E9: UnitAlias = { factor: 1, ucum: false };
const PER_UL: UnitAlias = { factor: 0.001, ucum: true };

/** Platelet count per volume -> factor into 10*9/L (10*3/uL is numerically equal; /uL is 1,000 times larger). */
export const PLATELET_UNITS: Readonly<Record<string, UnitAlias>> = {
  "10*9/L": PER_LITRE_E9,
  "10*9/l": PER_LITRE_E9,
  "10*3/uL": PER_LITRE_E9,
  "10*3/ul": PER_LITRE_E9,
  "10*3/mm3": PER_LITRE_E9,
  "10*3/mL": { factor: 0.001, ucum: true },
  "/uL": PER_UL,
  "/ul": PER_UL,
  "/mm3": PER_UL,
  "/L": { factor: 1e-9, ucum: true },
  "10^9/L": PER_LITRE_E9,
  "10^9/l": PER_LITRE_E9,
  "x10*9/L": EHR_E9,
  "x10^9/L": EHR_E9,
  "X10^9/L": EHR_E9,
  "10E9/L": EHR_E9,
  "x10E9/L": EHR_E9,
  "giga/L": EHR_E9,
  "G/L": EHR_E9,
  "K/uL": EHR_E9,
  "K/ul": EHR_E9,
  "K/mcL": EHR_E9,
  "K/mm3": EHR_E9,
  "x10E3/uL": EHR_E9,
  "x10e3/uL": EHR_E9,
  "x10(3)/mcL": EHR_E9,
  "x10(3)/uL": EHR_E9,
  "x10^3/uL": EHR_E9,
  "x10^3/mcL": EHR_E9,
  "X10^3/uL": EHR_E9,
  "x10*3/uL": EHR_E9,
  "thou/mm3": EHR_E9,
  "thou/uL": EHR_E9,
  "thou/cumm": EHR_E9,
  "10^3/µL": EHR_E9,
  "10*3/µL": EHR_E9,
  "10^3/uL": { factor: 1, ucum: true },
  "10^3/mcL": EHR_E9,
  "/µL": { factor: 0.001, ucum: false },
  "/mcL": { factor: 0.001, ucum: false },
  "/cumm": { factor: 0.001, ucum: false },
  "platelets/uL": { factor: 0.001, ucum: false },
  "platelets/µL": { factor: 0.001, ucum: false },
  "cells/uL": { factor: 0.001, ucum: false },
};

/** Body weight -> factor into kg ([lb_av] = 0.45359237 kg, UCUM). */
export const WEIGHT_UNITS: Readonly<Record<string, UnitAlias>> = {
  kg: { factor: 1, ucum: true },
  g: { factor: 0.001, ucum: true },
  "[lb_av]": { factor: 0.45359237, ucum: true },
  lb: { factor: 0.45359237, ucum: false },
  lbs: { factor: 0.45359237, ucum: false },
};

/** Body height -> factor into cm ([in_i] = 2.54 cm, UCUM). */
export const HEIGHT_UNITS: Readonly<Record<string, UnitAlias>> = {
  cm: { factor: 1, ucum: true },
  m: { factor: 100, ucum: true },
  "[in_i]": { factor: 2.54, ucum: true },
  in: { factor: 2.54, ucum: false },
};

/** Plausible platelet range after conversion, in 10*9/L (refractory-itp.md section 6: "outside 0-2,000"). */
export const PLATELET_PLAUSIBLE = { min: 0, max: 2000 } as const;

/** Dose units -> the UCUM unit the model stores (evaluation.md: doses use ug, mg, ug/kg, mg/m2). Value factor 1 except g->g. */
export const DOSE_UNITS: Readonly<Record<string, string>> = {
  mg: "mg",
  ug: "ug",
  mcg: "ug",
  "µg": "ug",
  g: "g",
  "ug/kg": "ug/kg",
  "mcg/kg": "ug/kg",
  "µg/kg": "ug/kg",
  "mg/kg": "mg/kg",
  "g/kg": "g/kg",
  "mg/m2": "mg/m2",
  "mg/m^2": "mg/m2",
  "mg/m²": "mg/m2",
};
