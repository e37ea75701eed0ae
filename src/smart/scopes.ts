/**
 * SMART App Launch scopes the app asks for: read-only, patient-compartment, nothing it does not read.
 * See https://build.fhir.org/ig/HL7/smart-app-launch/scopes-and-launch-context.html
 */

/** FHIR resource types the app reads (src/fhir/queries.ts); one read scope each. */
export const READ_RESOURCE_TYPES = [
  "Patient",
  "Observation",
  "Condition",
  "Procedure",
  "MedicationRequest",
  "MedicationStatement",
  "MedicationAdministration",
  "Medication",
] as const;

export type ScopeVersion = "v1" | "v2";
export type LaunchKind = "ehr" | "standalone";

export interface ScopeOptions {
  /** "v2" asks `patient/X.rs` (SMART 2.x); "v1" asks `patient/X.read` for EHRs that know only SMART 1. */
  readonly scopeVersion: ScopeVersion;
  /** EHR launch (a `launch` parameter came with `iss`) or standalone (only `iss`). */
  readonly launch: LaunchKind;
  /** Ask for `openid fhirUser` (the user's identity; not needed for the data, kept for audit on the EHR side). */
  readonly openid: boolean;
}

/**
 * Builds the space-separated scope string.
 * EHR launch asks `launch` (the EHR's context, which carries the patient); standalone asks `launch/patient`
 * so the authorization server shows a patient picker. Never both: `launch/patient` in an EHR launch is redundant
 * and some servers reject an unknown combination.
 * @param options - version, launch kind and identity flag
 * @returns the `scope` parameter for the authorize request
 */
export function buildScopes(options: ScopeOptions): string {
  const suffix = options.scopeVersion === "v2" ? "rs" : "read";
  const identity = options.openid ? ["openid", "fhirUser"] : [];
  const context = options.launch === "ehr" ? ["launch"] : ["launch/patient"];
  const reads = READ_RESOURCE_TYPES.map((type) => `patient/${type}.${suffix}`);
  return [...identity, ...context, ...reads].join(" ");
}
