import { describe, expect, it } from "vitest";
import { localIsoDate } from "./today.ts";

describe("localIsoDate", () => {
  it("formats the local calendar date with zero padding", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(localIsoDate(new Date(2026, 10, 20, 0, 0))).toBe("2026-11-20");
  });
});
