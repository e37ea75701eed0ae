/**
 * Numbers of the refractory-ITP pathway, each with its source (../shared/clinical/refractory-itp.md).
 * Platelet counts in 10*9/L, times in days unless the name says months.
 */
export const THRESHOLDS = {
  /** ITP: isolated count < 100 (IWG 2009); complete response >= 100 (IWG 2009). */
  completeResponse: 100,
  /** Response >= 30 and >= 2x baseline (IWG 2009). */
  response: 30,
  responseBaselineMultiple: 2,
  /** CR and R need 2 counts more than 7 days apart (IWG 2009). */
  confirmationDaysApart: 7,
  /** Loss of CR/R needs 2 counts more than 1 day apart (IWG 2009). */
  lossDaysApart: 1,
  /** Baseline: last valid count before the start, within 30 days (notes section 1). */
  baselineWindowDays: 30,
  /** Counts on the day of or within 14 days after a rescue course are left out (notes section 1). */
  rescueExclusionDays: 14,
  /** Emergency: active bleeding with a count < 30 (ICR 2019; ASH 2019). */
  emergency: 30,
  /** Critical count warning < 20 (notes section 2, step 1). */
  critical: 20,
  /** Bleeding is active when its onset is within 7 days of the as-of date (notes section 2, step 1). */
  activeBleedingDays: 7,
  /** Second-line therapy is indicated in persistent/chronic ITP with a count < 30 (ASH 2019). */
  secondLineCount: 30,
  /** TPO-RA dose target: lowest dose that keeps >= 50 (Seed; labels). */
  target: 50,
  /** Stale count: more than 30 days before the as-of date (notes section 4). */
  staleDays: 30,
  /** A dose change from a count more than 14 days old says so (notes section 4). */
  doseCountFreshDays: 14,
  /** Phases: < 3 months newly diagnosed, 3-12 persistent, > 12 chronic (IWG 2009). */
  persistentFromMonths: 3,
  chronicAfterMonths: 12,
  /** Splenectomy only after 12 months from diagnosis (notes section 2, step 8). */
  splenectomyAfterMonths: 12,
  /** Corticosteroid dependence: at least 2 months (IWG 2009). */
  corticosteroidDependenceMonths: 2,
  /** TPO-RA failure: 4 weeks at the maximum dose (labels; Seed). */
  daysAtMaxDoseForFailure: 28,
  /** New-start weight no older than 6 months (notes section 3). */
  weightMaxAgeMonths: 6,
  /** A romiplostim course ends after more than 4 weeks without a dose (notes section 3). */
  courseGapDays: 28,
  /** Initiation weight: the nearest weight within 30 days after the first dose when none before (notes section 3). */
  initiationWeightAfterDays: 30,
  /** A newer weight differing by more than 10% prompts a dose review (notes section 3). */
  weightChangeFraction: 0.1,
  /** Hepatotoxicity: ALT >= 3x ULN on eltrombopag (Promacta label). */
  altUlnMultiple: 3,
} as const;
