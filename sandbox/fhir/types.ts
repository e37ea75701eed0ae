/** A loaded FHIR resource: loose JSON with the two fields every stored resource has. */
export type Res = { resourceType: string; id: string; [key: string]: unknown };

/** A coding as the token search sees it (CodeableConcept.coding, Coding, or a bare `code` element). */
export type TokenValue = { system?: string; code?: string };
