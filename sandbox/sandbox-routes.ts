import type { IncomingMessage, ServerResponse } from "node:http";
import type { AuthState } from "./auth/state.ts";
import { defaultFaults, patchFaults, type Faults } from "./faults.ts";
import { readBody, sendJson } from "./http-util.ts";
import type { LauncherPatient } from "./launcher/page.ts";

export type SandboxControls = { faults: Faults; auth: AuthState; patients: LauncherPatient[] };

/**
 * Test and launcher controls under /sandbox:
 * POST /sandbox/launch {patient} -> {launch}; GET /sandbox/patients;
 * GET|POST|DELETE /sandbox/faults (POST merges a JSON object, DELETE restores the defaults).
 */
export async function routeSandbox(ctl: SandboxControls, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const route = `${req.method} ${path}`;
  if (route === "POST /sandbox/launch") {
    const body = parseJson(await readBody(req));
    const patient = typeof body === "object" && body !== null ? (body as { patient?: unknown }).patient : undefined;
    if (typeof patient !== "string" || !ctl.patients.some((p) => p.id === patient)) return sendJson(res, 400, { error: "unknown patient" });
    return sendJson(res, 201, { launch: ctl.auth.createLaunch(patient), patient });
  }
  if (route === "GET /sandbox/patients") return sendJson(res, 200, ctl.patients);
  if (route === "GET /sandbox/faults") return sendJson(res, 200, ctl.faults);
  if (route === "POST /sandbox/faults") {
    const err = patchFaults(ctl.faults, parseJson(await readBody(req)));
    return err ? sendJson(res, 400, { error: err }) : sendJson(res, 200, ctl.faults);
  }
  if (route === "DELETE /sandbox/faults") {
    Object.assign(ctl.faults, defaultFaults());
    return sendJson(res, 200, ctl.faults);
  }
  sendJson(res, 404, { error: `${route} is not a sandbox control` });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
