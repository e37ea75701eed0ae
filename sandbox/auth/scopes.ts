/**
 * SMART scopes, v1 (`patient/Observation.read`, `patient/*.read`) and v2 (`patient/Observation.rs`).
 * See: https://hl7.org/fhir/smart-app-launch/scopes-and-launch-context.html
 * v2 query-restricted scopes (`patient/Observation.rs?category=laboratory`) grant only resources matching the query.
 */
export type ResourceScope = { level: "patient" | "user" | "system"; type: string; perms: Set<string>; query?: string };

const RESOURCE_SCOPE = /^(patient|user|system)\/(\*|[A-Z][A-Za-z]+)\.(read|write|\*|c?r?u?d?s?)(\?.*)?$/;
const CONTEXT_SCOPES = new Set(["launch", "launch/patient", "openid", "fhirUser", "profile", "offline_access", "online_access"]);

/** Parses a resource scope; undefined for context scopes and for text this sandbox does not grant. */
export function parseResourceScope(s: string): ResourceScope | undefined {
  const m = RESOURCE_SCOPE.exec(s);
  if (!m || m[3] === "") return undefined;
  const [, level, type, p, q] = m;
  const perms = p === "read" ? "rs" : p === "write" ? "cud" : p === "*" ? "cruds" : (p as string);
  const base = { level: level as ResourceScope["level"], type: type as string, perms: new Set(perms) };
  return q === undefined || q.length <= 1 ? base : { ...base, query: q.slice(1) };
}

/** The scopes this server grants out of those requested (unknown ones are dropped; system/ needs a client credential). */
export function grantable(requested: string): string[] {
  return requested.split(/\s+/).filter((s) => s !== "" && (CONTEXT_SCOPES.has(s) || (parseResourceScope(s) !== undefined && !s.startsWith("system/"))));
}

/** One granted permission on a type: user-level (any patient) or patient-level, optionally limited by a v2 query. */
export type Grant = { level: "user" | "patient"; query?: string };

/**
 * The grants a set of scopes gives for one type and interaction (`r` read, `s` search); empty = no access.
 * A resource is allowed when any grant allows it (scopes add up).
 */
export function grantsFor(scopes: string[], type: string, interaction: "r" | "s"): Grant[] {
  const out: Grant[] = [];
  for (const s of scopes) {
    const rs = parseResourceScope(s);
    if (!rs || rs.level === "system" || (rs.type !== "*" && rs.type !== type) || !rs.perms.has(interaction)) continue;
    out.push(rs.query === undefined ? { level: rs.level } : { level: rs.level, query: rs.query });
  }
  return out;
}
