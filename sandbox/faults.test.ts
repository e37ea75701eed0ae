import { describe, expect, it } from "vitest";
import { defaultFaults, faultsFromEnv, patchFaults, pickFailure } from "./faults.ts";

describe("fault settings", () => {
  it("reads the SANDBOX_* variables", () => {
    expect(faultsFromEnv({
      SANDBOX_LATENCY_MS: "250", SANDBOX_ERROR_RATE: "0.1", SANDBOX_ERROR_STATUSES: "503, 429", SANDBOX_TOKEN_LIFETIME: "30",
      SANDBOX_FORBID_TYPES: "Condition", SANDBOX_UNSUPPORTED_TYPES: "MedicationStatement,Procedure", SANDBOX_EPIC_CATEGORY: "1",
    })).toEqual({
      latencyMs: 250, errorRate: 0.1, errorStatuses: [503, 429], tokenLifetimeSeconds: 30,
      forbidTypes: ["Condition"], unsupportedTypes: ["MedicationStatement", "Procedure"], requireObservationCategory: true,
    });
    expect(faultsFromEnv({})).toEqual({});
  });

  it("cycles through the statuses and sets Retry-After on 429 and 503 only", () => {
    const f = { ...defaultFaults(), failNext: 3, errorStatuses: [429, 500, 503], retryAfterSeconds: 7 };
    const got = [pickFailure(f), pickFailure(f), pickFailure(f), pickFailure(f)];
    expect(got.slice(0, 3).map((g) => g?.status).sort()).toEqual([429, 500, 503]);
    for (const g of got.slice(0, 3)) expect(g?.headers["Retry-After"]).toBe(g?.status === 500 ? undefined : "7");
    expect(got[3]).toBeUndefined();
  });

  it("uses the error rate against the random source", () => {
    const f = { ...defaultFaults(), errorRate: 0.5 };
    expect(pickFailure(f, () => 0.49)).toBeDefined();
    expect(pickFailure(f, () => 0.5)).toBeUndefined();
  });

  it("rejects unknown keys and wrong types", () => {
    const f = defaultFaults();
    expect(patchFaults(f, { latencyMs: 5 })).toBeUndefined();
    expect(f.latencyMs).toBe(5);
    expect(patchFaults(f, { forbidTypes: "Condition" })).toMatch(/array/);
    expect(patchFaults(f, [])).toMatch(/object/);
  });
});
