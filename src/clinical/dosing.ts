/**
 * Dosing tables as data (clinical notes section 3), each row with its label source.
 * The pathway (src/pathway/romiplostim-dose.ts, eltrombopag-dose.ts) only looks rows up.
 */

/** Romiplostim (Nplate): weekly SC, actual body weight; levels in whole ug/kg (Nplate label). */
export const ROMIPLOSTIM = {
  source: "Nplate (romiplostim) US label, dose adjustment table",
  startUgPerKg: 1,
  stepUgPerKg: 1,
  minUgPerKg: 1,
  maxUgPerKg: 10,
  /** count < 50: increase by 1 ug/kg. */
  increaseBelow: 50,
  /** count > 200 and <= 400 for 2 consecutive weeks: decrease by 1 ug/kg. */
  decreaseAbove: 200,
  /** count > 400: do not dose; resume below 200 at the dose reduced by 1 ug/kg. */
  holdAbove: 400,
  resumeBelow: 200,
  /** "2 consecutive weeks": the previous count 5-10 days before the latest (a weekly count). */
  consecutiveWeekMinDays: 5,
  consecutiveWeekMaxDays: 10,
  route: "subcutaneous",
  frequency: "weekly",
  /** Reconstituted vial concentration: verify against the label before showing volumes (notes section 3). */
  concentrationUgPerMl: 500,
} as const;

/** Eltrombopag (Promacta, eltrombopag olamine): oral daily; levels in mg (Promacta label). */
export const ELTROMBOPAG = {
  source: "Promacta (eltrombopag) US label, dose adjustment table",
  levelsMg: [12.5, 25, 50, 75] as readonly number[],
  startMg: 50,
  /** East-/Southeast-Asian ancestry or hepatic impairment (Child-Pugh A, B, C). */
  reducedStartMg: 25,
  /** Both apply: consider 12.5 mg. */
  bothReducedStartMg: 12.5,
  maxMg: 75,
  minMg: 12.5,
  stepMg: 25,
  /** count < 50 after at least 2 weeks on the current dose: increase. */
  increaseBelow: 50,
  minDaysOnDoseBeforeChange: 14,
  /** count >= 200 and <= 400: decrease by 25 mg. */
  decreaseFrom: 200,
  /** count > 400: pause; restart below 150 at the dose reduced by 25 mg. */
  holdAbove: 400,
  resumeBelow: 150,
  /** count > 400 after 2 weeks at 12.5 mg: discontinue. */
  stopAtMinAfterDays: 14,
  route: "oral",
  frequency: "once daily",
  administration: "on an empty stomach, 2 hours before or 4 hours after antacids, dairy or mineral supplements (polyvalent cations)",
} as const;

/** Starting orders of the other agents (labels; ICR 2019), never more than the notes give. */
export const START_ORDERS = {
  avatrombopag: { dose: 20, unit: "mg", route: "oral", frequency: "once daily with food", source: "Doptelet label" },
  fostamatinib: {
    dose: 100,
    unit: "mg",
    route: "oral",
    frequency: "twice daily",
    note: "After 4 weeks increase to 150 mg twice daily if the count has not reached 50 ×10⁹/L; discontinue after 12 weeks without response (Tavalisse label).",
    source: "Tavalisse label",
  },
  rilzabrutinib: {
    dose: 400,
    unit: "mg",
    route: "oral",
    frequency: "twice daily",
    note: "Verify against the Wayrilz label before ordering.",
    source: "Wayrilz label",
  },
  rituximabPerM2: { dosePerM2: 375, route: "intravenous", frequency: "weekly", duration: "4 doses", source: "ICR 2019" },
  rituximabFixed: { dose: 1000, unit: "mg", route: "intravenous", frequency: "2 doses two weeks apart", duration: "2 doses", source: "ICR 2019" },
} as const;

/**
 * The ITP phases each agent's adult label covers (clinical notes section 2, steps 3 and 8): eltrombopag (Promacta)
 * persistent or chronic, avatrombopag (Doptelet) chronic, rilzabrutinib (Wayrilz) persistent or chronic; romiplostim
 * (Nplate) has no phase limit. Agents not listed have no phase limit in the notes.
 */
export const LABELLED_PHASES: Readonly<Record<string, readonly string[]>> = {
  eltrombopag: ["persistent", "chronic"],
  avatrombopag: ["chronic"],
  rilzabrutinib: ["persistent", "chronic"],
};
