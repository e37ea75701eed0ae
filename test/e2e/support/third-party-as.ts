/**
 * A third-party SMART authorization server and FHIR reverse proxy in front of an open FHIR R4 base, the way the
 * SMART App Launcher (https://launch.smarthealthit.org) fronts an open server. Written from SMART App Launch 2.x
 * (https://hl7.org/fhir/smart-app-launch/app-launch.html, .../conformance.html, .../scopes-and-launch-context.html),
 * independent of sandbox/: its own discovery document, authorize (auto-approved, fixed patient or a launch id),
 * token (authorization code + PKCE S256, RFC 7636) and a bearer-checked proxy that rewrites the upstream base.
 * Test support only: tokens are random strings kept in memory, loopback only.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ThirdPartyAsOptions {
  /** The open FHIR base to proxy (no token needed there). */
  readonly upstream: string;
  /** The pre-selected patient for standalone launches (like the Launcher's "patient" setting). */
  readonly patient: string;
  /** The only client id accepted (default "itp-navigator", the default entry of public/smart-config.json). */
  readonly clientId?: string;
}

export interface ProxyRequest {
  readonly method: string;
  /** Path and query on the proxy. */
  readonly path: string;
  /** A valid Bearer token came with it. */
  readonly bearer: boolean;
}

export interface ThirdPartyAs {
  readonly origin: string;
  readonly fhirBase: string;
  readonly requests: ProxyRequest[];
  /** The scope of the last authorize request. */
  readonly lastScope: string | undefined;
  /** An EHR launch id that the authorize endpoint maps to `patient`. */
  createLaunch(patient: string): string;
  close(): Promise<void>;
}

interface Grant { readonly clientId: string; readonly redirectUri: string; readonly challenge: string; readonly scope: string; readonly patient: string; readonly expires: number }
interface Token { readonly scope: string; readonly patient: string; readonly expires: number }

const TOKEN_SECONDS = 3600;
const b64url = (buf: Buffer): string => buf.toString("base64url");
const random = (): string => b64url(randomBytes(24));
const trimSlash = (u: string): string => u.replace(/\/+$/, "");

function cors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Vary", "Origin");
    res.setHeader("Access-Control-Expose-Headers", "Location, Content-Location, Retry-After");
  }
  if (req.method !== "OPTIONS") return false;
  res.writeHead(204, {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept, Prefer",
    "Access-Control-Max-Age": "600",
  });
  res.end();
  return true;
}

function json(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...extra });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Whether the granted scopes allow reading `type` (v1 `.read`/`.*`, v2 `.r`/`.rs`/`.cruds` or any with r). */
function scopeAllowsRead(scope: string, type: string): boolean {
  return scope.split(/\s+/).some((s) => {
    const m = /^(patient|user|system)\/(\*|[A-Za-z]+)\.(read|\*|[cruds]+)$/.exec(s);
    return m !== null && (m[2] === "*" || m[2] === type) && (m[3] === "read" || m[3] === "*" || m[3]!.includes("r"));
  });
}

/**
 * Starts the server on 127.0.0.1, port 0.
 * @param opts - upstream open FHIR base and the pre-selected patient
 */
export async function startThirdPartyAs(opts: ThirdPartyAsOptions): Promise<ThirdPartyAs> {
  const clientId = opts.clientId ?? "itp-navigator";
  const upstream = trimSlash(opts.upstream);
  const grants = new Map<string, Grant>();
  const tokens = new Map<string, Token>();
  const launches = new Map<string, string>();
  const requests: ProxyRequest[] = [];
  let lastScope: string | undefined;
  let origin = "";
  const fhirBase = (): string => `${origin}/fhir`;

  const smartConfiguration = () => ({
    issuer: origin,
    authorization_endpoint: `${origin}/authorize`,
    token_endpoint: `${origin}/token`,
    token_endpoint_auth_methods_supported: ["none"],
    grant_types_supported: ["authorization_code"],
    response_types_supported: ["code"],
    scopes_supported: ["launch", "launch/patient", "patient/*.rs", "patient/*.read"],
    code_challenge_methods_supported: ["S256"],
    capabilities: ["launch-ehr", "launch-standalone", "client-public", "context-ehr-patient", "context-standalone-patient",
      "permission-patient", "permission-v1", "permission-v2"],
  });

  function authorize(url: URL, res: ServerResponse): void {
    const q = url.searchParams;
    const redirectUri = q.get("redirect_uri") ?? "";
    let redirect: URL;
    try {
      redirect = new URL(redirectUri);
    } catch {
      return json(res, 400, { error: "invalid_request", error_description: "redirect_uri is not an absolute URL" });
    }
    if (q.get("client_id") !== clientId || redirect.hostname !== "127.0.0.1") {
      return json(res, 400, { error: "unauthorized_client", error_description: "unknown client_id or redirect_uri" });
    }
    const state = q.get("state") ?? "";
    const fail = (error: string, description: string): void => {
      redirect.search = new URLSearchParams({ error, error_description: description, state }).toString();
      res.writeHead(302, { Location: redirect.href }).end();
    };
    const scope = q.get("scope") ?? "";
    lastScope = scope;
    if (q.get("response_type") !== "code") return fail("unsupported_response_type", "response_type must be code");
    if (q.get("code_challenge_method") !== "S256" || !/^[A-Za-z0-9_-]{43}$/.test(q.get("code_challenge") ?? "")) {
      return fail("invalid_request", "PKCE S256 code_challenge required");
    }
    if (trimSlash(q.get("aud") ?? "") !== fhirBase()) return fail("invalid_request", "aud must be this FHIR server");
    const launch = q.get("launch");
    const scopes = scope.split(/\s+/);
    let patient: string | undefined;
    if (launch !== null) {
      patient = launches.get(launch);
      if (patient === undefined || !scopes.includes("launch")) return fail("invalid_request", "unknown launch or no launch scope");
    } else if (scopes.includes("launch/patient")) {
      patient = opts.patient;
    } else {
      return fail("invalid_scope", "launch/patient or launch is required");
    }
    const code = random();
    grants.set(code, { clientId, redirectUri, challenge: q.get("code_challenge")!, scope, patient, expires: Date.now() + 60_000 });
    redirect.search = new URLSearchParams({ code, state }).toString();
    res.writeHead(302, { Location: redirect.href }).end();
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const code = form.get("code") ?? "";
    const grant = grants.get(code);
    grants.delete(code);
    const bad = (description: string): void => json(res, 400, { error: "invalid_grant", error_description: description });
    if (form.get("grant_type") !== "authorization_code") return json(res, 400, { error: "unsupported_grant_type" });
    if (!grant || grant.expires < Date.now()) return bad("unknown or expired code");
    if (form.get("redirect_uri") !== grant.redirectUri || (form.get("client_id") ?? clientId) !== grant.clientId) {
      return bad("redirect_uri or client_id does not match the authorization request");
    }
    const verifier = form.get("code_verifier") ?? "";
    if (b64url(createHash("sha256").update(verifier).digest()) !== grant.challenge) return bad("PKCE verification failed");
    // No OpenID Connect here: openid/fhirUser are not granted (a server may grant less than asked).
    const scope = grant.scope.split(/\s+/).filter((s) => s !== "openid" && s !== "fhirUser").join(" ");
    const accessToken = random();
    tokens.set(accessToken, { scope, patient: grant.patient, expires: Date.now() + TOKEN_SECONDS * 1000 });
    json(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: TOKEN_SECONDS, scope, patient: grant.patient, need_patient_banner: true });
  }

  async function proxy(req: IncomingMessage, res: ServerResponse, url: URL, rest: string): Promise<void> {
    const up = await fetch(upstream + rest + url.search, {
      method: req.method ?? "GET",
      headers: Object.fromEntries(["accept", "prefer", "content-type"].flatMap((h) => (req.headers[h] ? [[h, String(req.headers[h])]] : []))),
      ...(req.method === "POST" ? { body: await readBody(req) } : {}),
    });
    let text = (await up.text()).split(upstream).join(fhirBase());
    if (rest === "/metadata" && up.ok) text = JSON.stringify(withOauthUris(JSON.parse(text) as Capability, origin));
    const headers: Record<string, string> = { "Content-Type": up.headers.get("content-type") ?? "application/fhir+json" };
    const retryAfter = up.headers.get("retry-after");
    if (retryAfter) headers["Retry-After"] = retryAfter;
    res.writeHead(up.status, headers).end(text);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", origin);
    const path = url.pathname;
    const auth = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const granted = auth === undefined ? undefined : tokens.get(auth);
    const valid = granted !== undefined && granted.expires > Date.now();
    if (req.method !== "OPTIONS") requests.push({ method: req.method ?? "GET", path: path + url.search, bearer: valid });
    const handle = async (): Promise<void> => {
      if (path !== "/authorize" && cors(req, res)) return;
      if (path === "/fhir/.well-known/smart-configuration" || path === "/.well-known/smart-configuration") return json(res, 200, smartConfiguration());
      if (path === "/authorize" && req.method === "GET") return authorize(url, res);
      if (path === "/token" && req.method === "POST") return token(req, res);
      if (path === "/fhir/metadata") return proxy(req, res, url, "/metadata");
      if (path.startsWith("/fhir/")) {
        if (!valid) return json(res, 401, { error: "invalid_token" }, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
        const type = path.split("/")[2] ?? "";
        if (!scopeAllowsRead(granted.scope, type)) return json(res, 403, { error: "insufficient_scope", error_description: type });
        return proxy(req, res, url, path.slice("/fhir".length));
      }
      json(res, 404, { error: "not_found" });
    };
    handle().catch((e: unknown) => json(res, 502, { error: "bad_gateway", error_description: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    fhirBase: fhirBase(),
    requests,
    get lastScope() {
      return lastScope;
    },
    createLaunch(patient: string): string {
      const id = random();
      launches.set(id, patient);
      return id;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

type Capability = { rest?: { security?: unknown }[] };

/** Declares the SMART endpoints in the CapabilityStatement (the oauth-uris extension), as SMART 1 clients expect. */
function withOauthUris(cap: Capability, origin: string): Capability {
  const security = {
    service: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/restful-security-service", code: "SMART-on-FHIR" }] }],
    extension: [{
      url: "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
      extension: [{ url: "authorize", valueUri: `${origin}/authorize` }, { url: "token", valueUri: `${origin}/token` }],
    }],
  };
  return { ...cap, rest: (cap.rest ?? []).map((r) => ({ ...r, security })) };
}
