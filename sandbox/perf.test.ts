import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSearch } from "./fhir/search.ts";
import { parseSearch } from "./fhir/search-parse.ts";
import { startSandbox, type Sandbox } from "./server.ts";

/** Platelet LOINC codes the app asks for (src/fhir/queries.ts, from clinical codes.md). */
const PLATELET_CODES = ["777-3", "26515-7", "778-1", "49497-1", "13056-7"].map((c) => `http://loinc.org|${c}`).join(",");
const QUERY = `patient=itp-ten-year-history&code=${PLATELET_CODES}&_count=1000&_sort=-date`;

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, app: "none" });
}, 30_000);
afterAll(async () => {
  await sb.close();
});

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

describe("the ten-year patient's platelet search (all real fixtures loaded)", () => {
  it("runs in the engine in a few milliseconds", () => {
    const times: number[] = [];
    let n = 0;
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      const plan = parseSearch("Observation", [...new URLSearchParams(QUERY).entries()], { lenient: false, now: Date.now(), requireObservationCategory: false });
      n = runSearch(sb.store, plan).length;
      times.push(performance.now() - t);
    }
    console.info(`engine: ${n} Observations, median ${median(times).toFixed(2)} ms`);
    expect(n).toBeGreaterThan(900);
    expect(median(times)).toBeLessThan(25);
  });

  it("answers over HTTP (one page of up to 1,000, JSON included) well under a second", async () => {
    const times: number[] = [];
    let entries = 0;
    for (let i = 0; i < 9; i++) {
      const t = performance.now();
      const b = (await (await fetch(`${sb.openFhirBase}/Observation?${QUERY}`)).json()) as { entry?: unknown[]; link?: { relation: string }[] };
      times.push(performance.now() - t);
      entries = b.entry?.length ?? 0;
      expect(b.link?.some((l) => l.relation === "next")).toBe(false);
    }
    console.info(`HTTP: ${entries} entries, median ${median(times).toFixed(1)} ms`);
    expect(entries).toBeGreaterThan(900);
    expect(median(times)).toBeLessThan(400);
  });

  it("loads every scenario bundle and public fixture with the clash policy counted", async () => {
    const r = sb.report;
    expect(r.log.filter((l) => l.includes("unreadable"))).toEqual([]);
    expect(r.renamed).toBe(15);
    expect(r.merged).toBe(17);
    expect(r.patients[0]?.source).toBe("scenarios");
    expect(sb.store.get("Patient", "itp-multirefractory")).toBeDefined();
    const listed = (await (await fetch(`${sb.ehrOrigin}/sandbox/patients`)).json()) as { id: string; source: string }[];
    expect(listed.find((p) => p.id === "itp-multirefractory")?.source).toMatch(/^scenario: .*main demo/);
    expect(listed.slice(0, 16).every((p) => p.source.startsWith("scenario"))).toBe(true);
    console.info(`loaded ${r.resources} resources from ${r.files} files in ${sb.loadMs.toFixed(0)} ms; ${sb.store.count("Patient")} patients`);
  });
});
