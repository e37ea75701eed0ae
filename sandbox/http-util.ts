import type { IncomingMessage, ServerResponse } from "node:http";

/** Reads a request body as text (limit 1 MB: the sandbox only receives forms and small JSON). */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Sends a JSON body (compact) with no-store caching. */
export function sendJson(res: ServerResponse, status: number, body: unknown, contentType = "application/json", headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": `${contentType}; charset=utf-8`, "Cache-Control": "no-store", ...headers });
  res.end(text);
}

/** Sends an HTML page with no-store caching. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  res.end(html);
}

/** 302 redirect (the OAuth authorize responses, RFC 6749 §4.1.2). */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, "Cache-Control": "no-store" });
  res.end();
}

/** Escapes text for HTML element and attribute content. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** http://host[:port] the client called, honouring X-Forwarded-Host/-Proto (a proxy in front keeps links right). */
export function requestOrigin(req: IncomingMessage): string {
  const fwdHost = header(req, "x-forwarded-host")?.split(",")[0]?.trim();
  const host = fwdHost ?? header(req, "host") ?? "127.0.0.1";
  const proto = header(req, "x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${host}`;
}

/** One request header as a string (the first value when repeated). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Whether an origin or URL is on loopback (127.0.0.1, localhost, [::1]) over http. */
export function isLoopbackUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
  } catch {
    return false;
  }
}

/**
 * CORS for the FHIR and auth endpoints: any loopback origin, with Authorization allowed, as real EHR FHIR servers do.
 * @returns true when the request was a preflight and has been answered
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = header(req, "origin");
  if (origin !== undefined && isLoopbackUrl(origin)) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Vary", "Origin");
    res.setHeader("Access-Control-Expose-Headers", "Location, WWW-Authenticate, Retry-After, Content-Location");
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS, DELETE");
      res.setHeader("Access-Control-Allow-Headers", header(req, "access-control-request-headers") ?? "Authorization, Content-Type, Accept, Prefer");
      res.setHeader("Access-Control-Max-Age", "600");
      res.writeHead(204);
      res.end();
      return true;
    }
  } else if (req.method === "OPTIONS") {
    res.writeHead(204);
    res.end();
    return true;
  }
  return false;
}
