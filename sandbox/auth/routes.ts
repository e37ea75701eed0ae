import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "../http-util.ts";
import { handleAuthorize, handleDecision } from "./authorize.ts";
import type { AuthContext } from "./context.ts";
import { handleToken } from "./token.ts";

/** Routes /auth/*: authorize (GET), decision (POST), token (POST), jwks and OpenID discovery (GET). */
export async function routeAuth(ctx: AuthContext, req: IncomingMessage, res: ServerResponse, url: URL, origin: string): Promise<void> {
  const route = `${req.method} ${url.pathname}`;
  switch (route) {
    case "GET /auth/authorize":
      return handleAuthorize(ctx, url, origin, res);
    case "POST /auth/authorize/decision":
      return handleDecision(ctx, req, res);
    case "POST /auth/token":
      return handleToken(ctx, req, res, origin);
    case "GET /auth/jwks":
      return sendJson(res, 200, ctx.signer.jwks());
    case "GET /auth/.well-known/openid-configuration":
      return sendJson(res, 200, {
        issuer: `${origin}/auth`, authorization_endpoint: `${origin}/auth/authorize`, token_endpoint: `${origin}/auth/token`,
        jwks_uri: `${origin}/auth/jwks`, response_types_supported: ["code"], subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"], scopes_supported: ["openid", "fhirUser", "profile"],
      });
    default:
      sendJson(res, 404, { error: "not_found", error_description: `${route} is not an auth endpoint` });
  }
}
