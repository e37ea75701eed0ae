import { describe, expect, it } from "vitest";
import { matchAgent } from "./medication-match.ts";

const RX = "http://www.nlm.nih.gov/research/umls/rxnorm";
const ATC = "http://www.whocc.no/atc";
const SCT = "http://snomed.info/sct";
const cc = (system: string, code: string, display?: string) => ({ coding: [{ system, code, ...(display === undefined ? {} : { display }) }] });

describe("medication mapping by source (codes.md Medications)", () => {
  it.each([
    ["RxNorm ingredient", cc(RX, "121191"), "rituximab", "rxnorm-ingredient", "RxNorm 121191"],
    ["RxNorm ingredient", cc(RX, "8640"), "prednisone", "rxnorm-ingredient", "RxNorm 8640"],
    ["RxNorm ingredient", cc(RX, "3264"), "dexamethasone", "rxnorm-ingredient", "RxNorm 3264"],
    ["RxNorm ingredient", cc(RX, "6902"), "methylprednisolone", "rxnorm-ingredient", "RxNorm 6902"],
    ["RxNorm ingredient", cc(RX, "2683"), "colchicine", "rxnorm-ingredient", "RxNorm 2683"],
    ["RxNorm product", cc(RX, "312617", "predniSONE 5 MG Oral Tablet"), "prednisone", "rxnorm-product", "RxNorm product 312617"],
    ["ATC", cc(ATC, "B02BX04"), "romiplostim", "atc", "ATC B02BX04"],
    ["ATC", cc(ATC, "B02BX05"), "eltrombopag", "atc", "ATC B02BX05"],
    ["ATC", cc(ATC, "L01XC04"), "alemtuzumab", "atc", "ATC L01XC04"],
    ["ATC group prefix", cc(ATC, "L03AB05"), "interferon-alfa", "atc", "ATC L03AB05"],
    ["SNOMED", cc(SCT, "373994007", "Prednisone 5mg tablet (Product)"), "prednisone", "snomed", "SNOMED 373994007"],
    ["brand text", { text: "NPLATE 250 MCG injection" }, "romiplostim", "text", "text: Nplate"],
    ["generic in display", cc(RX, "999999", "eltrombopag 50 MG Oral Tablet"), "eltrombopag", "text", "text: eltrombopag"],
    ["biosimilar", { text: "rituximab-abbs (Truxima) 500 mg" }, "rituximab", "text", "text: rituximab-abbs"],
    ["longest name wins", { text: "Rho(D) immune globulin 1500 IU" }, "rho-d-immune-globulin", "text", "text: Rho(D) immune globulin"],
    ["IVIG brand", { text: "Privigen 10% IV" }, "immune-globulin", "text", "text: Privigen"],
    ["whole words", { text: "methylPREDNISolone sodium succinate" }, "methylprednisolone", "text", "text: methylprednisolone"],
    ["fostamatinib brand", { text: "Tavalisse 100 mg" }, "fostamatinib", "text", "text: Tavalisse"],
    ["avatrombopag brand", { text: "Doptelet 20 MG" }, "avatrombopag", "text", "text: Doptelet"],
    ["rilzabrutinib brand", { text: "WAYRILZ 400 mg tablet" }, "rilzabrutinib", "text", "text: Wayrilz"],
  ])("%s: %j -> %s by %s", (_label, concept, agent, by, on) => {
    const m = matchAgent([concept]);
    expect(m?.entry.agent).toBe(agent);
    expect(m?.matchedBy).toBe(by);
    expect(m?.matchedOn).toBe(on);
  });

  it("an ingredient code beats a product code and ATC on another coding", () => {
    const m = matchAgent([{ coding: [{ system: ATC, code: "H02AB07" }, { system: RX, code: "312617" }, { system: RX, code: "8640" }] }]);
    expect(m?.matchedBy).toBe("rxnorm-ingredient");
  });

  it.each([
    [{ text: "Alvaiz 18 mg tablet" }, "alvaiz"],
    [{ text: "eltrombopag choline 36 MG Oral Tablet" }, "alvaiz"],
    [{ text: "Promacta 50 mg" }, "promacta"],
    [{ text: "eltrombopag olamine 25 MG" }, "promacta"],
    [{ text: "eltrombopag 25 MG" }, null],
  ])("formulation of %j is %s", (concept, formulation) => {
    const m = matchAgent([concept]);
    expect(m?.entry.agent).toBe("eltrombopag");
    expect(m?.formulation).toBe(formulation);
  });

  it.each([
    [{ coding: [{ system: RX, code: "476872", display: "nizatidine 150 MG Oral Capsule [Axid]" }] }],
    [{ text: "Hepatitis B immune globulin" }],
    [{ text: "Little Pink Pill for water retention" }],
    [{ text: "prednisolonephosphate" }],
    [{}],
  ])("%j is not an ITP-pathway agent", (concept) => {
    expect(matchAgent([concept])).toBeUndefined();
  });
});
