import { describe, expect, test } from "vitest";
import { ageText, shortDate, timeText, unavailableReason } from "./labels.ts";

describe("display helpers", () => {
  test.each<[string, string]>([
    ["2026-11-10", ""], ["2026-11-10T08:00:00Z", "08:00 UTC"], ["2026-11-10T08:05:30.123+02:00", "08:05 +02:00"], ["2026-11-10T08:05", "08:05"], ["garbage", ""],
  ])("timeText(%j) = %j", (iso, text) => {
    expect(timeText(iso)).toBe(text);
  });
  test.each<[string | null | undefined, string]>([["2026-11-10T08:00:00Z", "2026-11-10"], [null, "date unknown"], [undefined, "date unknown"], ["", "date unknown"]])("shortDate(%j)", (iso, text) => {
    expect(shortDate(iso)).toBe(text);
  });
  test.each<[number | null, string]>([[58, "58 y"], [0, "0 y"], [null, "age unknown"]])("ageText(%j)", (age, text) => {
    expect(ageText(age)).toBe(text);
  });
  test.each<[string, string, string]>([
    ["Procedure", "Procedure: HTTP 403 forbidden", "HTTP 403 forbidden"],
    ["Procedure", "HTTP 403 forbidden", "HTTP 403 forbidden"],
    ["Procedure", "ProcedureX: odd", "ProcedureX: odd"],
  ])("unavailableReason(%j, %j)", (type, reason, text) => {
    expect(unavailableReason(type, reason)).toBe(text);
  });
});
