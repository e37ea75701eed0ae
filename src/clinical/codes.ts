/**
 * Code-system URIs used by the normaliser (source: shared/clinical/codes.md, "Systems").
 * Named constants, compared exactly; `systemKey` also accepts the common aliases EHRs send.
 */
export const LOINC = "http://loinc.org";
export const SNOMED = "http://snomed.info/sct";
export const ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
export const RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
export const ATC = "http://www.whocc.no/atc";
export const CPT = "http://www.ama-assn.org/go/cpt";
export const ICD10PCS = "http://www.cms.gov/Medicare/Coding/ICD10";
export const CDC_RACE = "urn:oid:2.16.840.1.113883.6.238";
export const UCUM = "http://unitsofmeasure.org";
export const US_CORE_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";

/** A coded concept as data: `system | code | display` (codes.md). */
export interface CodeEntry {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

export type SystemKey = "loinc" | "snomed" | "icd-10-cm" | "rxnorm" | "atc" | "cpt" | "icd-10-pcs" | "cdc-race" | "ucum";

/** Aliases seen in real data for the same systems (OIDs, http/https variants); source: HL7 terminology pages. */
const SYSTEM_ALIASES: Readonly<Record<string, SystemKey>> = {
  [LOINC]: "loinc",
  "urn:oid:2.16.840.1.113883.6.1": "loinc",
  [SNOMED]: "snomed",
  "urn:oid:2.16.840.1.113883.6.96": "snomed",
  [ICD10CM]: "icd-10-cm",
  "http://hl7.org/fhir/sid/icd-10": "icd-10-cm",
  "urn:oid:2.16.840.1.113883.6.90": "icd-10-cm",
  [RXNORM]: "rxnorm",
  "urn:oid:2.16.840.1.113883.6.88": "rxnorm",
  [ATC]: "atc",
  "urn:oid:2.16.840.1.113883.6.73": "atc",
  [CPT]: "cpt",
  "urn:oid:2.16.840.1.113883.6.12": "cpt",
  [ICD10PCS]: "icd-10-pcs",
  "http://www.cms.gov/Medicare/Coding/ICD10PCS": "icd-10-pcs",
  "urn:oid:2.16.840.1.113883.6.4": "icd-10-pcs",
  [CDC_RACE]: "cdc-race",
  [UCUM]: "ucum",
};

/**
 * Which known code system a `Coding.system` names, or undefined (never guessed).
 * @param system - the Coding.system as given
 * @returns the system key, or undefined when the system is absent or unknown
 */
export function systemKey(system: string | undefined): SystemKey | undefined {
  if (system === undefined) {
    return undefined;
  }
  return SYSTEM_ALIASES[system.trim().replace(/\/$/, "")];
}
