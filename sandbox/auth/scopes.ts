/**
 * SMART scopes, v1 (`patient/Observation.read`, `patient/*.read`) and v2 (`patient/Observation.rs`).
 * See: https://hl7.org/fhir/smart-app-launch/scopes-and-launch-context.html
 * v2 query-restricted scopes (`patient/Observation.rs?category=laboratory`) grant the whole type here (not enforced).
 */
export type ResourceScope = { level: "patient" | "user" | "system"; type: string; perms: Set<string> };

const RESOURCE_SCOPE = /^(patient|user|system)\/(\*|[A-Z][A-Za-z]+)\.(read|write|\*|c?r?u?d?s?)(\?.*)?$/;
const CONTEXT_SCOPES = new Set(["launch", "launch/patient", "openid", "fhirUser", "profile", "offline_access", "online_access"]);

/** Parses a resource scope; undefined for context scopes and for text this sandbox does not grant. */
export function parseResourceScope(s: string): ResourceScope | undefined {
  const m = RESOURCE_SCOPE.exec(s);
  if (!m || m[3] === "") return undefined;
  const [, level, type, p] = m;
  const perms = p === "read" ? "rs" : p === "write" ? "cud" : p === "*" ? "cruds" : (p as string);
  return { level: level as ResourceScope["level"], type: type as string, perms: new Set(perms) };
}

/** The scopes this server grants out of those requested (unknown ones are dropped; system/ needs a client credential). */
export function grantable(requested: string): string[] {
  return requested.split(/\s+/).filter((s) => s !== "" && (CONTEXT_SCOPES.has(s) || (parseResourceScope(s) !== undefined && !s.startsWith("system/"))));
}

/**
 * What a set of granted scopes allows for one type and interaction (`r` read, `s` search).
 * @returns "all" (a user/ scope), "patient" (only the token patient's compartment), or "none"
 */
export function access(scopes: string[], type: string, interaction: "r" | "s"): "all" | "patient" | "none" {
  let result: "all" | "patient" | "none" = "none";
  for (const s of scopes) {
    const rs = parseResourceScope(s);
    if (!rs || (rs.type !== "*" && rs.type !== type) || !rs.perms.has(interaction)) continue;
    if (rs.level === "user") return "all";
    if (rs.level === "patient") result = "patient";
  }
  return result;
}
