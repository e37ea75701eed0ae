/**
 * Typed errors of the FHIR read layer: one FhirHttpError with status, URL and the server's OperationOutcome text,
 * and SessionExpiredError (HTTP 401) which stops the whole load. `toErrorMessage` turns anything thrown into one line.
 * See https://hl7.org/fhir/R4/operationoutcome.html and https://hl7.org/fhir/R4/http.html#2.21.0.4 (errors).
 */

/** Why a request failed, beyond its status. */
export type FhirErrorKind = "http" | "network" | "invalid-json" | "not-a-bundle" | "foreign-next-link";

export interface FhirHttpErrorInit {
  readonly status: number;
  readonly url: string;
  readonly kind?: FhirErrorKind;
  /** Human-readable text of the OperationOutcome (or body) the server sent, when any. */
  readonly outcome?: string;
  /** Seconds the server asked us to wait (Retry-After), when given. */
  readonly retryAfterSeconds?: number;
  readonly cause?: unknown;
}

/** A FHIR request that failed. `status` is 0 when there was no HTTP status (network, unreadable body). */
export class FhirHttpError extends Error {
  override readonly name: string = "FhirHttpError";
  readonly status: number;
  readonly url: string;
  readonly kind: FhirErrorKind;
  readonly outcome: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: FhirHttpErrorInit) {
    const kind = init.kind ?? "http";
    super(describe(kind, init.status, init.outcome), { cause: init.cause });
    this.status = init.status;
    this.url = init.url;
    this.kind = kind;
    this.outcome = init.outcome;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** HTTP 401 on a FHIR request: the access token expired or was revoked; the app must be relaunched. */
export class SessionExpiredError extends FhirHttpError {
  override readonly name = "SessionExpiredError";
  constructor(init: Omit<FhirHttpErrorInit, "status">) {
    super({ ...init, status: 401 });
  }
}

function describe(kind: FhirErrorKind, status: number, outcome: string | undefined): string {
  const tail = outcome ? `: ${outcome}` : "";
  switch (kind) {
    case "http":
      return `The FHIR server answered HTTP ${status}${tail}`;
    case "network":
      return `The FHIR server could not be reached${tail}`;
    case "invalid-json":
      return `The FHIR server sent a response that is not valid JSON${tail}`;
    case "not-a-bundle":
      return `The FHIR server sent something other than a FHIR Bundle${tail}`;
    case "foreign-next-link":
      return `The FHIR server's next-page link points to another host; not followed${tail}`;
  }
}

/**
 * The readable text of an OperationOutcome: each issue's details.text, else diagnostics, else code.
 * @param body - a parsed response body of any shape
 * @returns the joined text, or undefined when `body` is not an OperationOutcome with issues
 */
export function operationOutcomeText(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || (body as { resourceType?: unknown }).resourceType !== "OperationOutcome") {
    return undefined;
  }
  const issues = (body as { issue?: unknown }).issue;
  if (!Array.isArray(issues)) {
    return undefined;
  }
  const texts = issues
    .map((i: { details?: { text?: unknown }; diagnostics?: unknown; code?: unknown; severity?: unknown }) => {
      const text = [i.details?.text, i.diagnostics, i.code].find((t) => typeof t === "string" && t.trim() !== "");
      return typeof text === "string" ? text.trim() : undefined;
    })
    .filter((t): t is string => t !== undefined);
  return texts.length > 0 ? texts.join("; ") : undefined;
}

/**
 * One display line for anything thrown (no stack traces in the UI).
 * @param error - an Error, a FhirHttpError, a string or anything else
 */
export function toErrorMessage(error: unknown): string {
  if (error instanceof Error) {
    return error.message || error.name;
  }
  if (typeof error === "string") {
    return error;
  }
  const outcome = operationOutcomeText(error);
  if (outcome) {
    return outcome;
  }
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
