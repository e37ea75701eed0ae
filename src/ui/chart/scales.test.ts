import { describe, expect, test } from "vitest";
import { timeTickLabel } from "./scales.ts";

describe("timeTickLabel", () => {
  test.each([
    ["2026-01-01T00:00:00Z", "2026"],
    ["2026-03-01T00:00:00Z", "Mar"],
    ["2026-11-07T00:00:00Z", "7 Nov"],
    ["2026-11-15T12:00:00Z", "15 Nov"],
  ])("%s -> %s", (iso, label) => {
    expect(timeTickLabel(new Date(iso))).toBe(label);
  });
});
