/**
 * Oracle: every alias the table marks as valid UCUM converts with @lhncbc/ucum-lhc to the same factor
 * (shared/design/ecosystem-notes.md section 4). K/uL is UCUM kelvin per microlitre: it must stay an EHR alias.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { HEIGHT_UNITS, PLATELET_UNITS, WEIGHT_UNITS, type UnitAlias } from "../clinical/units.ts";

interface UcumUtils {
  validateUnitString(unit: string): { status: string };
  convertUnitTo(from: string, value: number, to: string): { status: string; toVal: number };
}
const require = createRequire(import.meta.url);
const ucum = (require("@lhncbc/ucum-lhc") as { UcumLhcUtils: { getInstance(): UcumUtils } }).UcumLhcUtils.getInstance();

const ucumRows = (table: Readonly<Record<string, UnitAlias>>, target: string): [string, number, string][] =>
  Object.entries(table).filter(([, a]) => a.ucum).map(([u, a]) => [u, a.factor, target]);

describe("UCUM oracle for the unit tables", () => {
  it.each([...ucumRows(PLATELET_UNITS, "10*9/L"), ...ucumRows(WEIGHT_UNITS, "kg"), ...ucumRows(HEIGHT_UNITS, "cm")])(
    "%s: factor %d into %s agrees with ucum-lhc",
    (unit, factor, target) => {
      expect(ucum.validateUnitString(unit).status).toBe("valid");
      const r = ucum.convertUnitTo(unit, 1000, target);
      expect(r.status).toBe("succeeded");
      expect(r.toVal / 1000).toBeCloseTo(factor, 12);
    },
  );

  it("K/uL is valid UCUM but means kelvin per microlitre: not convertible to 10*9/L, so it is an explicit EHR alias", () => {
    expect(ucum.convertUnitTo("K/uL", 1, "10*9/L").status).not.toBe("succeeded");
    expect(PLATELET_UNITS["K/uL"]?.ucum).toBe(false);
  });

  it("the EHR aliases marked non-UCUM are indeed not valid UCUM with that meaning", () => {
    for (const [unit, alias] of Object.entries(PLATELET_UNITS).filter(([, a]) => !a.ucum)) {
      const r = ucum.convertUnitTo(unit, 1, "10*9/L");
      expect(r.status === "succeeded" && Math.abs(r.toVal - alias.factor) < 1e-9, unit).toBe(false);
    }
  });
});
