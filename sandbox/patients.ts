import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadReport } from "./fhir/load.ts";
import type { Store } from "./fhir/store.ts";
import type { Res } from "./fhir/types.ts";
import type { LauncherPatient } from "./launcher/page.ts";

/** The signed-in sandbox user: a Practitioner added to the store so `fhirUser` resolves. */
export const SANDBOX_PRACTITIONER: Res = {
  resourceType: "Practitioner",
  id: "sandbox-clinician",
  meta: { versionId: "1", lastUpdated: "2026-01-01T00:00:00Z" },
  active: true,
  name: [{ use: "official", family: "Clinician", given: ["Sandbox"], prefix: ["Dr"] }],
};

/** A display name from Patient.name (official first, else the first; text, else given + family). */
export function displayName(p: Res): string {
  const names = Array.isArray(p.name) ? (p.name as Record<string, unknown>[]) : [];
  const n = names.find((x) => x.use === "official") ?? names[0];
  if (!n) return "(no name)";
  if (typeof n.text === "string") return n.text;
  const given = Array.isArray(n.given) ? n.given.join(" ") : "";
  return `${given} ${typeof n.family === "string" ? n.family : ""}`.trim() || "(no name)";
}

/** The scenario's title from its `<id>.expected.json` sidecar, when there is one. */
function scenarioTitle(dir: string | undefined, id: string): string | undefined {
  const file = dir === undefined ? undefined : join(dir, `${id}.expected.json`);
  if (file === undefined || !existsSync(file)) return undefined;
  try {
    const title = (JSON.parse(readFileSync(file, "utf8")) as { title?: unknown }).title;
    return typeof title === "string" ? title : undefined;
  } catch {
    return undefined;
  }
}

/** Patients for the launcher and picker: scenario patients first (with their titles), then public fixtures, in load order. */
export function patientList(store: Store, report: LoadReport, scenariosDir?: string): LauncherPatient[] {
  const out: LauncherPatient[] = [];
  const ordered = [...report.patients.filter((p) => p.source === "scenarios"), ...report.patients.filter((p) => p.source !== "scenarios")];
  for (const { id, source } of ordered) {
    const p = store.get("Patient", id);
    if (!p) continue;
    const title = source === "scenarios" ? scenarioTitle(scenariosDir, id) : undefined;
    out.push({ id, name: displayName(p), ...(typeof p.birthDate === "string" ? { birthDate: p.birthDate } : {}), source: title ? `scenario: ${title}` : source });
  }
  return out;
}
