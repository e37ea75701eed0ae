import { paramDef, paramNames, TYPE_PARAMS } from "./search-params.ts";

/** Search parameter type names as the CapabilityStatement spells them. */
const KIND: Record<string, string> = { token: "token", date: "date", reference: "reference", string: "string" };

/**
 * GET [base]/metadata. With auth on, `rest.security` carries the SMART oauth-uris extension.
 * See: https://hl7.org/fhir/R4/capabilitystatement.html and
 * https://hl7.org/fhir/smart-app-launch/conformance.html#using-cors (oauth-uris, deprecated but still read by clients)
 */
export function capabilityStatement(types: string[], origin: string, secure: boolean): Record<string, unknown> {
  const all = [...new Set([...types, ...Object.keys(TYPE_PARAMS)])].sort();
  const rest: Record<string, unknown> = {
    mode: "server",
    resource: all.map((type) => ({
      type,
      interaction: [{ code: "read" }, { code: "search-type" }],
      searchInclude: Object.entries(TYPE_PARAMS[type] ?? {}).filter(([, d]) => d.kind === "reference" && d.target !== undefined).map(([n]) => `${type}:${n}`),
      searchParam: paramNames(type).map((name) => ({ name, type: name === "_id" ? "token" : KIND[paramDef(type, name)?.kind ?? "token"] })),
    })),
  };
  if (secure) {
    rest.security = {
      cors: true,
      service: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/restful-security-service", code: "SMART-on-FHIR" }] }],
      extension: [{
        url: "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
        extension: [{ url: "authorize", valueUri: `${origin}/auth/authorize` }, { url: "token", valueUri: `${origin}/auth/token` }],
      }],
    };
  }
  return {
    resourceType: "CapabilityStatement", status: "active", date: new Date().toISOString(), kind: "instance",
    software: { name: "ITP Navigator sandbox EHR" }, fhirVersion: "4.0.1", format: ["json"], rest: [rest],
  };
}

/**
 * GET [base]/.well-known/smart-configuration.
 * See: https://hl7.org/fhir/smart-app-launch/conformance.html#metadata
 */
export function smartConfiguration(origin: string): Record<string, unknown> {
  return {
    issuer: `${origin}/auth`,
    jwks_uri: `${origin}/auth/jwks`,
    authorization_endpoint: `${origin}/auth/authorize`,
    token_endpoint: `${origin}/auth/token`,
    token_endpoint_auth_methods_supported: ["none"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    response_types_supported: ["code"],
    scopes_supported: ["openid", "fhirUser", "profile", "launch", "launch/patient", "offline_access", "online_access", "patient/*.read", "patient/*.rs", "user/*.read", "user/*.rs"],
    code_challenge_methods_supported: ["S256"],
    capabilities: [
      "launch-ehr", "launch-standalone", "client-public", "context-ehr-patient", "context-standalone-patient", "context-banner",
      "permission-patient", "permission-user", "permission-offline", "permission-online", "permission-v1", "permission-v2", "sso-openid-connect",
    ],
  };
}
