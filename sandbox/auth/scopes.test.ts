import { describe, expect, it } from "vitest";
import { grantable, grantsFor, parseResourceScope } from "./scopes.ts";

// https://hl7.org/fhir/smart-app-launch/scopes-and-launch-context.html (v1 .read/.write/.*, v2 cruds, queries)
describe("SMART scopes", () => {
  it.each([
    ["patient/Observation.read", "patient", "Observation", "rs"],
    ["patient/*.read", "patient", "*", "rs"],
    ["user/Observation.*", "user", "Observation", "cruds"],
    ["patient/Observation.rs", "patient", "Observation", "rs"],
    ["patient/Observation.r", "patient", "Observation", "r"],
    ["patient/Condition.write", "patient", "Condition", "cud"],
  ])("%s", (scope, level, type, perms) => {
    const rs = parseResourceScope(scope);
    expect(rs && { level: rs.level, type: rs.type, perms: [...rs.perms].sort().join("") }).toEqual({ level, type, perms: [...perms].sort().join("") });
  });

  it.each(["patient/Observation.", "patient/observation.read", "Observation.read", "patient/Observation.rx", "launch"])("%s is not a resource scope", (s) => {
    expect(parseResourceScope(s)).toBeUndefined();
  });

  it("keeps a v2 query", () => {
    expect(parseResourceScope("patient/Observation.rs?category=laboratory")?.query).toBe("category=laboratory");
  });

  it("grants known scopes only, never system/", () => {
    expect(grantable("openid fhirUser launch patient/*.rs system/*.read bogus offline_access")).toEqual(["openid", "fhirUser", "launch", "patient/*.rs", "offline_access"]);
  });

  it("lists the grants for a type and interaction", () => {
    const scopes = ["patient/Observation.r", "user/Observation.s", "patient/*.rs?status=final", "patient/Condition.rs"];
    expect(grantsFor(scopes, "Observation", "r")).toEqual([{ level: "patient" }, { level: "patient", query: "status=final" }]);
    expect(grantsFor(scopes, "Observation", "s")).toEqual([{ level: "user" }, { level: "patient", query: "status=final" }]);
    expect(grantsFor(scopes, "Procedure", "s")).toEqual([{ level: "patient", query: "status=final" }]);
    expect(grantsFor(["patient/Condition.rs"], "Observation", "r")).toEqual([]);
  });
});
