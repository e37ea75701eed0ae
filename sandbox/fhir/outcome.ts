/**
 * OperationOutcome bodies for errors and warnings.
 * See: https://hl7.org/fhir/R4/operationoutcome.html and the issue-type codes https://hl7.org/fhir/R4/valueset-issue-type.html
 */
export function outcome(severity: "error" | "warning" | "information" | "fatal", code: string, text: string): Record<string, unknown> {
  return { resourceType: "OperationOutcome", issue: [{ severity, code, diagnostics: text, details: { text } }] };
}
