import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Opaque, tamper-evident page tokens: base64url of {query, offset} plus an HMAC with a per-process key.
 * Stateless, so a `next` link works for as long as the process runs, and each link's offset is strictly larger
 * than the last (no cycles). Clients must treat them as opaque: https://hl7.org/fhir/R4/http.html#paging
 */
export type PageState = { type: string; params: [string, string][]; offset: number; lenient: boolean };

const KEY = randomBytes(32);

function mac(body: string): string {
  return createHmac("sha256", KEY).update(body).digest("base64url").slice(0, 22);
}

/** Signs a page state into an opaque token for a `next`/`previous` link. */
export function encodePage(state: PageState): string {
  const body = Buffer.from(JSON.stringify([state.type, state.params, state.offset, state.lenient])).toString("base64url");
  return `${body}.${mac(body)}`;
}

/** @returns the state, or undefined when the token is malformed or was not issued by this process */
export function decodePage(token: string): PageState | undefined {
  const [body = "", sig = ""] = token.split(".");
  const want = Buffer.from(mac(body));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return undefined;
  try {
    const [type, params, offset, lenient] = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as [string, [string, string][], number, boolean];
    return { type, params, offset, lenient };
  } catch {
    return undefined;
  }
}
