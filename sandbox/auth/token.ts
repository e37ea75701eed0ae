import type { IncomingMessage, ServerResponse } from "node:http";
import { header, readBody, sendJson } from "../http-util.ts";
import type { AuthContext } from "./context.ts";
import { pkceMatches, randomToken, type TokenGrant } from "./state.ts";

const oauthError = (res: ServerResponse, error: string, description: string, status = 400): void =>
  sendJson(res, status, { error, error_description: description }, "application/json", { Pragma: "no-cache" });

/** client_id from the form, or from HTTP Basic (confidential clients send it there). */
function clientIdOf(req: IncomingMessage, form: URLSearchParams): string | undefined {
  const basic = header(req, "authorization");
  if (basic?.startsWith("Basic ")) return Buffer.from(basic.slice(6), "base64").toString("utf8").split(":")[0];
  return form.get("client_id") ?? undefined;
}

/**
 * POST /auth/token: authorization_code (PKCE S256 checked) and refresh_token grants.
 * A refresh token is issued only when offline_access or online_access was granted (SMART's rule).
 * See: https://hl7.org/fhir/smart-app-launch/app-launch.html#obtain-access-token and RFC 6749 §5.2 errors.
 */
export async function handleToken(ctx: AuthContext, req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const form = new URLSearchParams(await readBody(req));
  const clientId = clientIdOf(req, form);
  const grantType = form.get("grant_type");
  if (grantType === "authorization_code") {
    const code = form.get("code") ?? "";
    const g = ctx.state.live(ctx.state.codes, code);
    if (!g) return oauthError(res, "invalid_grant", "unknown, used or expired code");
    ctx.state.codes.delete(code);
    if (clientId !== undefined && clientId !== g.clientId) return oauthError(res, "invalid_client", "client_id does not match the code", 401);
    if (form.get("redirect_uri") !== g.redirectUri) return oauthError(res, "invalid_grant", "redirect_uri does not match");
    if (!pkceMatches(form.get("code_verifier") ?? "", g.codeChallenge)) return oauthError(res, "invalid_grant", "PKCE verification failed");
    const base = { clientId: g.clientId, scope: g.scope, ...(g.patient !== undefined ? { patient: g.patient } : {}) };
    return sendTokens(ctx, res, origin, base, { needBanner: !g.ehrLaunch });
  }
  if (grantType === "refresh_token") {
    const rt = form.get("refresh_token") ?? "";
    const g = ctx.state.live(ctx.state.refresh, rt);
    if (!g) return oauthError(res, "invalid_grant", "unknown or expired refresh_token");
    if (clientId !== undefined && clientId !== g.clientId) return oauthError(res, "invalid_client", "client_id does not match", 401);
    const asked = form.get("scope");
    const scope = asked ? asked.split(/\s+/).filter((s) => g.scope.includes(s)) : g.scope;
    ctx.state.refresh.delete(rt);
    const { expiresAt: _unused, ...base } = g;
    return sendTokens(ctx, res, origin, { ...base, scope }, { needBanner: false });
  }
  oauthError(res, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
}

function sendTokens(ctx: AuthContext, res: ServerResponse, origin: string, base: Omit<TokenGrant, "expiresAt">, o: { needBanner: boolean }): void {
  const now = ctx.state.now();
  const lifetime = ctx.tokenLifetimeSeconds();
  const accessToken = randomToken();
  ctx.state.tokens.set(accessToken, { ...base, expiresAt: now + lifetime * 1000 });
  const body: Record<string, unknown> = { access_token: accessToken, token_type: "Bearer", expires_in: lifetime, scope: base.scope.join(" ") };
  if (base.patient !== undefined) body.patient = base.patient;
  body.need_patient_banner = o.needBanner;
  if (base.scope.includes("offline_access") || base.scope.includes("online_access")) {
    const rt = randomToken();
    ctx.state.refresh.set(rt, { ...base, expiresAt: now + 86_400_000 });
    body.refresh_token = rt;
  }
  if (base.scope.includes("openid") && (base.scope.includes("fhirUser") || base.scope.includes("profile"))) {
    const iat = Math.floor(now / 1000);
    body.id_token = ctx.signer.sign({
      iss: `${origin}/auth`, sub: ctx.fhirUser.split("/")[1], aud: base.clientId, iat, exp: iat + lifetime,
      fhirUser: `${origin}/fhir/${ctx.fhirUser}`,
    });
  }
  sendJson(res, 200, body, "application/json", { Pragma: "no-cache" });
}
