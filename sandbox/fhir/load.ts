import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { readContent, rewriteRefs, stableJson } from "./bundle.ts";
import { rebase } from "./rebase.ts";
import { refTarget } from "./search-params.ts";
import { Store } from "./store.ts";
import type { Res } from "./types.ts";

/** One folder loaded as a unit (its files reference each other by id). */
export type LoadUnit = { name: string; dir: string; rebaseDays: number; files: string[] };

export type LoadReport = {
  files: number;
  resources: number;
  merged: number;
  renamed: number;
  /** One line per id clash or skipped item (no patient data contents, only type/id and file names). */
  log: string[];
  patients: { id: string; source: string }[];
};

/** Files of a folder tree that can hold FHIR: *.json (not *.expected.json) and *.ndjson, sorted by path. */
export function fixtureFiles(dir: string, recursive = true): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (recursive) out.push(...fixtureFiles(p));
    } else if ((name.endsWith(".json") && !name.endsWith(".expected.json")) || name.endsWith(".ndjson")) out.push(p);
  }
  return out;
}

/**
 * Loads units in order into a store, with this id-clash policy (ADR 0020):
 * - the first copy of Type/id wins (units in the given order, files sorted by path);
 * - an identical later copy (same JSON, keys sorted) is merged: dropped and counted;
 * - a different later copy gets the first free id `<id>-2`, `<id>-3`, … and one log line. References to it are
 *   rewritten in the same file when the first copy came from the same unit, else across the whole later unit
 *   (a unit's files refer to one another, e.g. US Core's observations to `Patient/example`).
 */
export function loadUnits(units: LoadUnit[], store = new Store(), now = new Date()): { store: Store; report: LoadReport } {
  const report: LoadReport = { files: 0, resources: 0, merged: 0, renamed: 0, log: [], patients: [] };
  const origin = new Map<string, string>();
  const firstRaw = new Map<string, Res>();
  const stamp = now.toISOString();
  for (const unit of units) {
    const perFile: { file: string; resources: Res[] }[] = [];
    for (const file of unit.files) {
      const rel = relative(unit.dir, file);
      try {
        const content = readContent(readFileSync(file, "utf8"), file.endsWith(".ndjson"));
        for (const why of content.skipped) report.log.push(`skip: ${unit.name}/${rel}: ${why}`);
        perFile.push({ file: `${unit.name}/${rel}`, resources: content.resources.map((r) => rebase(r, unit.rebaseDays)) });
        report.files++;
      } catch (e) {
        report.log.push(`skip: ${unit.name}/${rel}: unreadable (${(e as Error).message})`);
      }
    }
    const unitRenames = new Map<string, string>();
    const fileRenames = new Map<string, Map<string, string>>();
    const seenInUnit = new Map<string, { raw: Res; file: string }>();
    const taken = (type: string, id: string): boolean => store.get(type, id) !== undefined || seenInUnit.has(`${type}/${id}`);
    const freshId = (type: string, id: string): string => {
      let n = 2;
      while (taken(type, `${id}-${n}`) || [...unitRenames.values(), ...[...fileRenames.values()].flatMap((m) => [...m.values()])].includes(`${type}/${id}-${n}`)) n++;
      return `${id}-${n}`;
    };
    const accepted: { file: string; r: Res; key: string; raw: Res }[] = [];
    for (const { file, resources } of perFile) {
      for (const r of resources) {
        const key = `${r.resourceType}/${r.id}`;
        const inUnit = seenInUnit.get(key);
        const stored = store.get(r.resourceType, r.id);
        const first = inUnit?.raw ?? (stored ? firstRaw.get(key) : undefined);
        if (first && stableJson(first) === stableJson(r)) {
          report.merged++;
          continue;
        }
        if (!inUnit && !stored) {
          seenInUnit.set(key, { raw: r, file });
          accepted.push({ file, r, key, raw: r });
          continue;
        }
        const newId = freshId(r.resourceType, r.id);
        const firstFile = inUnit?.file ?? origin.get(key) ?? "?";
        if (inUnit) {
          let m = fileRenames.get(file);
          if (!m) fileRenames.set(file, (m = new Map()));
          m.set(key, `${r.resourceType}/${newId}`);
        } else unitRenames.set(key, `${r.resourceType}/${newId}`);
        seenInUnit.set(`${r.resourceType}/${newId}`, { raw: r, file });
        report.renamed++;
        report.log.push(`clash: ${key} in ${file} differs from the copy in ${firstFile}: loaded as ${r.resourceType}/${newId}`);
        accepted.push({ file, r: { ...r, id: newId }, key: `${r.resourceType}/${newId}`, raw: r });
      }
    }
    for (const { file, r, key, raw } of accepted) {
      const fm = fileRenames.get(file);
      const mapRef = (ref: string): string | undefined => {
        const t = refTarget(ref);
        if (!t) return undefined;
        const k = `${t.type}/${t.id}`;
        return fm?.get(k) ?? unitRenames.get(k);
      };
      const rewritten = fm || unitRenames.size > 0 ? rewriteRefs(r, mapRef) : r;
      const meta = typeof rewritten.meta === "object" && rewritten.meta !== null ? (rewritten.meta as Record<string, unknown>) : {};
      const final: Res = { ...rewritten, meta: { versionId: "1", lastUpdated: stamp, ...meta } };
      store.add(final);
      origin.set(key, file);
      firstRaw.set(key, raw);
      report.resources++;
      if (final.resourceType === "Patient") report.patients.push({ id: final.id, source: unit.name });
    }
  }
  return { store, report };
}
