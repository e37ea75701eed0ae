import { describe, expect, it } from "vitest";
import { AGENTS } from "./agents.ts";
import { CONDITION_CONCEPTS } from "./condition-concepts.ts";
import { CORTICOSTEROIDS, ITP_EVIDENCE_AGENTS, MULTIREFRACTORY_SET, SECOND_LINE_AGENTS, TPO_RA_AGENTS, WINDOWS } from "./windows.ts";

describe("agents table (codes.md Medications)", () => {
  it("no generic or brand name belongs to two agents", () => {
    const seen = new Map<string, string>();
    for (const a of AGENTS) {
      for (const name of [...a.names, ...a.brands.map((b) => b.name)].map((n) => n.toLowerCase())) {
        expect(seen.get(name) ?? a.agent, name).toBe(a.agent);
        seen.set(name, a.agent);
      }
    }
  });

  it("RxNorm ingredient codes are exactly the ones codes.md lists as confirmed", () => {
    const codes = Object.fromEntries(AGENTS.filter((a) => a.rxnormIngredients.length > 0).map((a) => [a.agent, [...a.rxnormIngredients]]));
    expect(codes).toEqual({
      prednisone: ["8640"], dexamethasone: ["3264"], methylprednisolone: ["6902"], rituximab: ["121191"], cyclophosphamide: ["3002"],
      colchicine: ["2683"], "ascorbic-acid": ["1151"], azathioprine: ["1256"], cyclosporine: ["3008"], vincristine: ["11202"],
    });
  });

  it("ATC codes are full 7-character codes or a named group prefix; every entry has a source", () => {
    for (const a of AGENTS) {
      expect(a.source.length).toBeGreaterThan(0);
      for (const atc of a.atc) {
        expect(atc, a.agent).toMatch(/^[A-Z]\d{2}[A-Z]{2}(\d{2})?$/);
      }
    }
  });

  it("rescue agents are exactly IVIG and anti-D", () => {
    expect(AGENTS.filter((a) => a.rescue).map((a) => a.agent)).toEqual(["immune-globulin", "rho-d-immune-globulin"]);
  });
});

describe("condition concepts (codes.md Conditions)", () => {
  it("no ICD-10-CM or SNOMED code, nor a prefix of one, belongs to two concepts", () => {
    const entries = CONDITION_CONCEPTS.flatMap((c) => c.codes.map((e) => ({ id: c.id, key: `${e.system}|${e.code.replace(".", "")}`, prefix: e.match === "prefix" })));
    for (const a of entries) {
      for (const b of entries.filter((x) => x.id !== a.id)) {
        const clash = a.key === b.key || (a.prefix && b.key.startsWith(a.key)) || (b.prefix && a.key.startsWith(b.key));
        expect(clash, `${a.id} ${a.key} vs ${b.id} ${b.key}`).toBe(false);
      }
    }
  });
});

describe("agent lists in windows.ts name agents of this table (one source of agent ids)", () => {
  const known = new Set([...AGENTS.map((x) => x.agent), "splenectomy", "hsct"]);
  it.each([
    ["TPO_RA_AGENTS", TPO_RA_AGENTS],
    ["SECOND_LINE_AGENTS", SECOND_LINE_AGENTS],
    ["MULTIREFRACTORY_SET", MULTIREFRACTORY_SET],
    ["ITP_EVIDENCE_AGENTS", ITP_EVIDENCE_AGENTS],
    ["CORTICOSTEROIDS", CORTICOSTEROIDS],
    ["WINDOWS", Object.keys(WINDOWS)],
  ] as const)("%s", (_n, list) => {
    expect(list.filter((id) => !known.has(id))).toEqual([]);
  });

  it("the TPO-RAs are exactly the agents of class tpo-ra used for ITP (lusutrombopag is not)", () => {
    expect(AGENTS.filter((x) => x.class === "tpo-ra").map((x) => x.agent).filter((id) => id !== "lusutrombopag").sort()).toEqual([...TPO_RA_AGENTS].sort());
  });
});
