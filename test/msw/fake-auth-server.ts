/**
 * msw handlers for a SMART authorization server: `.well-known/smart-configuration` (S256 only) and a token endpoint
 * that checks the PKCE verifier against the challenge it was given (RFC 7636 section 4.6) and the redirect URI.
 */
import { createHash } from "node:crypto";
import { http, HttpResponse, type HttpHandler } from "msw";

export interface FakeAuthServer {
  readonly handlers: HttpHandler[];
  /** Issue a code as the authorize endpoint would, remembering its challenge. */
  issueCode(challenge: string, redirectUri: string): string;
  readonly tokenRequests: URLSearchParams[];
}

/**
 * @param fhirBase - the FHIR server base (the well-known document lives under it)
 * @param token - the token response to return for a valid code
 * @param methods - code_challenge_methods_supported
 */
export function fakeAuthServer(fhirBase: string, token: Record<string, unknown>, methods: string[] = ["S256"]): FakeAuthServer {
  const origin = new URL(fhirBase).origin;
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const tokenRequests: URLSearchParams[] = [];
  let n = 0;
  const handlers = [
    http.get(`${fhirBase}/.well-known/smart-configuration`, () =>
      HttpResponse.json({
        authorization_endpoint: `${origin}/auth/authorize`,
        token_endpoint: `${origin}/auth/token`,
        code_challenge_methods_supported: methods,
        capabilities: ["launch-ehr", "launch-standalone", "client-public", "context-ehr-patient", "context-standalone-patient"],
      }),
    ),
    http.post(`${origin}/auth/token`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      tokenRequests.push(form);
      const issued = codes.get(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const ok = issued && createHash("sha256").update(verifier).digest("base64url") === issued.challenge && form.get("redirect_uri") === issued.redirectUri;
      if (!ok) {
        return HttpResponse.json({ error: "invalid_grant", error_description: "PKCE verification failed" }, { status: 400 });
      }
      codes.delete(form.get("code") ?? "");
      return HttpResponse.json(token);
    }),
  ];
  return {
    handlers,
    tokenRequests,
    issueCode: (challenge, redirectUri) => {
      const code = `code-${++n}`;
      codes.set(code, { challenge, redirectUri });
      return code;
    },
  };
}
