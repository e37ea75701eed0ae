/**
 * One HTTP request through fhirclient (which adds the bearer token and refreshes it when it can),
 * with every failure turned into a FhirHttpError. Paging and retries are the caller's (src/fhir/pages.ts).
 * See http://docs.smarthealthit.org/client-js/api.html#clientrequestrequestoptions-fhiroptions
 */
import type Client from "fhirclient/lib/Client";
import { FhirHttpError, operationOutcomeText, SessionExpiredError } from "./errors.ts";
import { parseRetryAfter } from "./retry.ts";

/** The part of fhirclient's Client the read layer uses. */
export type FhirClient = Pick<Client, "request" | "state">;

export interface RequestResult {
  readonly status: number;
  readonly body: unknown;
}

interface FhirClientHttpError {
  readonly status: number;
  readonly message: string;
  readonly response?: { readonly headers?: { get(name: string): string | null } };
}

function isFhirClientHttpError(error: unknown): error is FhirClientHttpError {
  return error instanceof Error && typeof (error as { status?: unknown }).status === "number";
}

/**
 * The server's text from fhirclient's HttpError message: "<status> <text>\nURL: <url>\n\n<body>"
 * (body pretty-printed JSON, or text), or "...\n<error>: <error_description>" for OAuth-style bodies.
 */
function bodyText(message: string): string | undefined {
  const rest = message.split("\n").slice(2).join("\n").trim();
  if (rest === "") {
    return undefined;
  }
  try {
    const json: unknown = JSON.parse(rest);
    return operationOutcomeText(json) ?? rest.slice(0, 500);
  } catch {
    return rest.replace(/\s+/g, " ").slice(0, 500);
  }
}

/**
 * Maps anything fhirclient threw to a FhirHttpError (401 to SessionExpiredError); AbortError passes through.
 * @param error - the rejection
 * @param url - the absolute URL requested
 */
export function toFhirHttpError(error: unknown, url: string): FhirHttpError {
  if (error instanceof FhirHttpError) {
    return error;
  }
  if (isFhirClientHttpError(error)) {
    const outcome = bodyText(error.message);
    if (error.status === 401) {
      return new SessionExpiredError({ url, cause: error, ...(outcome ? { outcome } : {}) });
    }
    const retryAfter = parseRetryAfter(error.response?.headers?.get("retry-after"), Date.now());
    return new FhirHttpError({
      status: error.status,
      url,
      cause: error,
      ...(outcome ? { outcome } : {}),
      ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
    });
  }
  if (error instanceof SyntaxError) {
    return new FhirHttpError({ status: 0, url, kind: "invalid-json", outcome: error.message, cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new FhirHttpError({ status: 0, url, kind: "network", outcome: detail, cause: error });
}

/**
 * GETs one URL (no paging) and checks the body is JSON that is not an OperationOutcome.
 * @param client - the authorized fhirclient Client
 * @param url - absolute URL on the FHIR server
 * @param signal - aborts the request
 * @throws FhirHttpError (SessionExpiredError on 401); DOMException AbortError when aborted
 */
export async function requestOnce(client: FhirClient, url: string, signal?: AbortSignal): Promise<RequestResult> {
  let result: { body: unknown; response: { status: number } };
  try {
    result = await client.request({ url, includeResponse: true, ...(signal ? { signal } : {}) }, { pageLimit: 1, flat: false });
  } catch (error) {
    if (error instanceof Error && error.name === "AbortError") {
      throw error;
    }
    throw toFhirHttpError(error, url);
  }
  const status = result.response.status;
  const body = result.body;
  if (typeof body !== "object" || body === null) {
    const outcome = typeof body === "string" ? `got text: ${body.slice(0, 120)}` : "got an empty body";
    throw new FhirHttpError({ status, url, kind: "not-a-bundle", outcome });
  }
  const outcome = operationOutcomeText(body);
  if (outcome !== undefined || (body as { resourceType?: unknown }).resourceType === "OperationOutcome") {
    throw new FhirHttpError({ status, url, outcome: outcome ?? "OperationOutcome without issues" });
  }
  return { status, body };
}
