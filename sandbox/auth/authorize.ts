import type { IncomingMessage, ServerResponse } from "node:http";
import { isLoopbackUrl, readBody, redirect, sendHtml } from "../http-util.ts";
import type { AuthContext } from "./context.ts";
import { consentPage, errorPage } from "./pages.ts";
import { grantable } from "./scopes.ts";
import { randomToken, type Pending } from "./state.ts";

const withParams = (uri: string, params: Record<string, string>): string => {
  const u = new URL(uri);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
};

/**
 * GET /auth/authorize: the SMART authorization request (code flow, PKCE S256 required, loopback redirect only).
 * EHR launch (`launch` given) is approved at once with the launch's patient; a standalone launch shows
 * Approve/Deny, with a patient picker when `launch/patient` is asked.
 * See: https://hl7.org/fhir/smart-app-launch/app-launch.html#obtain-authorization-code and RFC 6749 §4.1.
 */
export function handleAuthorize(ctx: AuthContext, url: URL, origin: string, res: ServerResponse): void {
  const q = url.searchParams;
  const clientId = q.get("client_id") ?? "";
  const redirectUri = q.get("redirect_uri") ?? "";
  if (clientId === "") return sendHtml(res, 400, errorPage("client_id is required."));
  if (!isLoopbackUrl(redirectUri)) {
    return sendHtml(res, 400, errorPage("redirect_uri must be a loopback http URL (http://127.0.0.1:* or http://localhost:*)."));
  }
  const state = q.get("state") ?? "";
  const fail = (error: string, description: string): void =>
    redirect(res, withParams(redirectUri, { error, error_description: description, ...(state ? { state } : {}) }));
  if (q.get("response_type") !== "code") return fail("unsupported_response_type", "response_type must be code");
  if (state === "") return fail("invalid_request", "state is required");
  const aud = q.get("aud") ?? "";
  if (!ctx.isFhirBase(aud, origin)) return fail("invalid_request", "aud must be this server's FHIR base URL");
  const challenge = q.get("code_challenge") ?? "";
  if (challenge === "" || q.get("code_challenge_method") !== "S256") return fail("invalid_request", "PKCE with code_challenge_method=S256 is required");
  const scope = grantable(q.get("scope") ?? "");
  if (scope.length === 0) return fail("invalid_scope", "no grantable scope requested");
  const launchId = q.get("launch");
  if (launchId !== null) {
    const launch = ctx.state.live(ctx.state.launches, launchId);
    if (!launch) return fail("invalid_request", "unknown or expired launch");
    if (!scope.includes("launch")) return fail("invalid_scope", "an EHR launch needs the launch scope");
    const code = issueCode(ctx, { clientId, redirectUri, scope, patient: launch.patient, codeChallenge: challenge, ehrLaunch: true });
    return redirect(res, withParams(redirectUri, { code, state }));
  }
  const requestId = randomToken(16);
  const pending: Pending = { clientId, redirectUri, scope, state, codeChallenge: challenge, expiresAt: ctx.state.now() + 600_000 };
  ctx.state.pending.set(requestId, pending);
  sendHtml(res, 200, consentPage(requestId, clientId, scope, scope.includes("launch/patient") ? ctx.patients() : undefined));
}

/** POST /auth/authorize/decision: the Approve/Deny form. Deny redirects with error=access_denied. */
export async function handleDecision(ctx: AuthContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = new URLSearchParams(await readBody(req));
  const requestId = form.get("request") ?? "";
  const p = ctx.state.live(ctx.state.pending, requestId);
  if (!p) return sendHtml(res, 400, errorPage("This sign-in request is unknown or has expired; start the launch again."));
  ctx.state.pending.delete(requestId);
  if (form.get("decision") !== "approve") {
    return redirect(res, withParams(p.redirectUri, { error: "access_denied", error_description: "The user denied access", state: p.state }));
  }
  let patient: string | undefined;
  if (p.scope.includes("launch/patient")) {
    patient = form.get("patient") ?? undefined;
    if (patient === undefined || !ctx.patients().some((c) => c.id === patient)) {
      return redirect(res, withParams(p.redirectUri, { error: "invalid_request", error_description: "no patient selected", state: p.state }));
    }
  }
  const code = issueCode(ctx, { clientId: p.clientId, redirectUri: p.redirectUri, scope: p.scope, patient, codeChallenge: p.codeChallenge, ehrLaunch: false });
  redirect(res, withParams(p.redirectUri, { code, state: p.state }));
}

function issueCode(ctx: AuthContext, g: { clientId: string; redirectUri: string; scope: string[]; patient: string | undefined; codeChallenge: string; ehrLaunch: boolean }): string {
  const code = randomToken();
  const { patient, ...rest } = g;
  ctx.state.codes.set(code, { ...rest, ...(patient !== undefined ? { patient } : {}), expiresAt: ctx.state.now() + 60_000 });
  return code;
}
