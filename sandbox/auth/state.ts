import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** One EHR launch created by the launcher page: `launch` id -> patient context. */
export type Launch = { patient: string; expiresAt: number };
/** An authorization code waiting to be exchanged (single use, 60 s). */
export type CodeGrant = {
  clientId: string; redirectUri: string; scope: string[]; patient?: string; codeChallenge: string; expiresAt: number; ehrLaunch: boolean;
};
/** An access token's grant. */
export type TokenGrant = { clientId: string; scope: string[]; patient?: string; expiresAt: number };
/** A standalone authorize request waiting for the user's Approve/Deny. */
export type Pending = { clientId: string; redirectUri: string; scope: string[]; state: string; codeChallenge: string; expiresAt: number };

/** Random opaque handle (tokens, codes, launch ids): 256 bits from node:crypto, base64url. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** PKCE S256: BASE64URL(SHA256(code_verifier)) == code_challenge. See RFC 7636 §4.6. */
export function pkceMatches(verifier: string, challenge: string): boolean {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return false;
  const got = Buffer.from(createHash("sha256").update(verifier).digest("base64url"));
  const want = Buffer.from(challenge);
  return got.length === want.length && timingSafeEqual(got, want);
}

/** All auth server state, in memory (a restart logs everyone out). */
export class AuthState {
  readonly launches = new Map<string, Launch>();
  readonly codes = new Map<string, CodeGrant>();
  readonly tokens = new Map<string, TokenGrant>();
  readonly refresh = new Map<string, Omit<TokenGrant, "expiresAt"> & { expiresAt: number }>();
  readonly pending = new Map<string, Pending>();

  constructor(private readonly clock: () => number = Date.now) {}

  now(): number {
    return this.clock();
  }

  createLaunch(patient: string): string {
    const id = randomToken(12);
    this.launches.set(id, { patient, expiresAt: this.now() + 3_600_000 });
    return id;
  }

  /** Looks up a live entry, dropping it when expired. */
  live<T extends { expiresAt: number }>(map: Map<string, T>, key: string): T | undefined {
    const v = map.get(key);
    if (v && v.expiresAt <= this.now()) {
      map.delete(key);
      return undefined;
    }
    return v;
  }
}
