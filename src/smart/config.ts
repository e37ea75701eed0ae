/**
 * Per-EHR launch configuration (`public/smart-config.json`), keyed by the FHIR base URL (`iss`)
 * with a "default" entry: one build serves several EHRs, each with the client id it issued.
 * Parsed with zod at the boundary (docs/decisions/0003-zod-at-boundaries.md).
 */
import { z } from "zod";
import type { ScopeVersion } from "./scopes.ts";

export type SmartClientConfig = z.infer<typeof SmartClientConfigSchema>;
export const SmartClientConfigSchema = z.strictObject({
  /** The client id the EHR's authorization server issued to this app. */
  clientId: z.string().trim().min(1, "clientId must be a non-empty string"),
  /** "v2" (patient/X.rs) or "v1" (patient/X.read). */
  scopeVersion: z.enum(["v2", "v1"]).default("v2"),
  /** Redirect URI registered with the EHR; relative URIs resolve against launch.html. */
  redirectUri: z.string().min(1).default("./index.html"),
  /** Ask `openid fhirUser`. */
  openid: z.boolean().default(true),
});

export type SmartConfig = z.infer<typeof SmartConfigSchema>;
export const SmartConfigSchema = z
  .record(z.string().min(1), SmartClientConfigSchema)
  .refine((entries) => "default" in entries, { message: 'a "default" entry is required' });

/** Thrown when smart-config.json is missing, not JSON, or does not match the schema. */
export class SmartConfigError extends Error {
  override readonly name = "SmartConfigError";
}

/**
 * Parses the JSON text of smart-config.json.
 * @param text - the file's content
 * @returns the validated configuration, defaults filled in
 * @throws SmartConfigError naming every problem with its path (e.g. `"default".clientId`)
 */
export function parseSmartConfig(text: string): SmartConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SmartConfigError(`smart-config.json is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  const result = SmartConfigSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map((p) => JSON.stringify(String(p))).join(".");
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    throw new SmartConfigError(`smart-config.json is malformed: ${problems.join("; ")}`);
  }
  return result.data;
}

/** Compares FHIR base URLs ignoring one trailing slash and the case of scheme and host. */
function sameBase(a: string, b: string): boolean {
  const norm = (u: string): string => {
    const trimmed = u.replace(/\/+$/, "");
    try {
      const url = new URL(trimmed);
      return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
    } catch {
      return trimmed;
    }
  };
  return norm(a) === norm(b);
}

/**
 * Picks the entry for an `iss`: the one whose key is the same base URL, else "default".
 * @param config - the parsed configuration
 * @param iss - the FHIR base URL from the launch
 * @returns the client settings to authorize with
 */
export function configForIss(config: SmartConfig, iss: string): SmartClientConfig & { scopeVersion: ScopeVersion } {
  const key = Object.keys(config).find((k) => k !== "default" && sameBase(k, iss));
  const entry = key === undefined ? config["default"] : config[key];
  if (entry === undefined) {
    throw new SmartConfigError('smart-config.json has no "default" entry');
  }
  return entry;
}
