import { esc } from "../http-util.ts";

export type PatientChoice = { id: string; name: string; birthDate?: string };

const shell = (title: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:16px system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}
label{display:block;padding:.25rem 0}button{font:inherit;padding:.4rem 1.2rem;margin-right:.5rem}
.err{color:#a00}</style></head><body>${body}</body></html>`;

/** Error page for requests that cannot be redirected (bad client_id / redirect_uri): RFC 6749 §4.1.2.1. */
export function errorPage(message: string): string {
  return shell("Authorization error", `<h1>Authorization error</h1><p class="err">${esc(message)}</p>`);
}

/**
 * Approve/Deny page for a standalone launch; with `launch/patient` it is also the patient picker.
 * @param requestId - the pending request handle posted back with the decision
 */
export function consentPage(requestId: string, clientId: string, scopes: string[], patients: PatientChoice[] | undefined): string {
  const picker = patients
    ? `<fieldset><legend>Choose a patient</legend>${patients
        .map((p, i) => `<label><input type="radio" name="patient" value="${esc(p.id)}"${i === 0 ? " checked" : ""}> ${esc(p.name)}${p.birthDate ? ` (born ${esc(p.birthDate)})` : ""} <small>${esc(p.id)}</small></label>`)
        .join("")}</fieldset>`
    : "";
  return shell("Sandbox sign-in", `<h1>Sandbox EHR: allow access?</h1>
<p>The app <strong>${esc(clientId)}</strong> asks for: <code>${esc(scopes.join(" "))}</code></p>
<form method="post" action="/auth/authorize/decision">
<input type="hidden" name="request" value="${esc(requestId)}">${picker}
<p><button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button></p></form>`);
}
