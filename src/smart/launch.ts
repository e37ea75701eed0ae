/**
 * The launch page's one call: authorize with fhirclient (redirects the frame to the authorization server).
 * See http://docs.smarthealthit.org/client-js/api.html#fhiroauth2authorizeoptions
 */
import { smartApi } from "./smart-api.ts";
import { authorizeParams } from "./authorize-params.ts";
import { parseSmartConfig } from "./config.ts";

/**
 * Validates smart-config.json, then redirects to the authorization server; the promise settles only on failure
 * (well-known document unreachable, PKCE S256 not offered, ...).
 * @param pageUrl - the launch page's URL (`iss`, optional `launch`)
 * @param configText - the content of smart-config.json
 */
export async function startLaunch(pageUrl: URL, configText: string): Promise<void> {
  const params = authorizeParams(pageUrl, parseSmartConfig(configText));
  await smartApi().authorize(params);
}
