import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

/**
 * RS256 signing for OpenID Connect id_tokens with a key pair made at start (node:crypto, no JWT library).
 * See: https://openid.net/specs/openid-connect-core-1_0.html#IDToken and RFC 7515 (JWS compact form).
 */
export class Signer {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  readonly kid = "sandbox-1";

  constructor() {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  /** Compact JWS of the claims. */
  sign(claims: Record<string, unknown>): string {
    const enc = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString("base64url");
    const input = `${enc({ alg: "RS256", typ: "JWT", kid: this.kid })}.${enc(claims)}`;
    return `${input}.${sign("sha256", Buffer.from(input), this.privateKey).toString("base64url")}`;
  }

  /** The public key as a JWK Set (for `jwks_uri`). */
  jwks(): { keys: Record<string, unknown>[] } {
    return { keys: [{ ...this.publicKey.export({ format: "jwk" }), kid: this.kid, use: "sig", alg: "RS256" }] };
  }
}
