/**
 * Builds the fhirclient `authorize` options for the launch page: EHR launch (`?iss=...&launch=...`)
 * or standalone launch (`?iss=...` only), PKCE S256 required, completed inside the EHR's iframe.
 * See https://build.fhir.org/ig/HL7/smart-app-launch/app-launch.html and
 * http://docs.smarthealthit.org/client-js/api.html (authorize options).
 */
import type { fhirclient } from "fhirclient/lib/types";
import { configForIss, parseSmartConfig, type SmartConfig } from "./config.ts";
import { buildScopes } from "./scopes.ts";

/** The launch page was opened without `iss`: nothing to authorize against. */
export class MissingIssError extends Error {
  override readonly name = "MissingIssError";
  constructor() {
    super("The launch page needs an iss parameter (the FHIR server base URL).");
  }
}

/**
 * Pure: the options for `FHIR.oauth2.authorize` from the launch page URL and the parsed config.
 * @param pageUrl - the launch page's URL (`iss`, optional `launch`)
 * @param config - the parsed smart-config.json
 * @returns authorize options; `redirectUri` absolute, resolved against the launch page
 * @throws MissingIssError when `iss` is absent
 */
export function authorizeParams(pageUrl: URL, config: SmartConfig): fhirclient.AuthorizeParams {
  const iss = pageUrl.searchParams.get("iss");
  if (!iss) {
    throw new MissingIssError();
  }
  const launch = pageUrl.searchParams.get("launch") ?? undefined;
  const entry = configForIss(config, iss);
  return {
    iss,
    ...(launch ? { launch } : {}),
    clientId: entry.clientId,
    scope: buildScopes({ scopeVersion: entry.scopeVersion, launch: launch ? "ehr" : "standalone", openid: entry.openid }),
    redirectUri: new URL(entry.redirectUri, pageUrl).href,
    // S256 always; fhirclient throws when the server does not declare S256 (we refuse plain and no-PKCE).
    pkceMode: "required",
    // EHRs frame the app: finish the redirect in this same frame, never in the EHR's top window.
    completeInTarget: true,
  };
}
