import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { configForIss, parseSmartConfig, SmartConfigError } from "./config.ts";

const shipped = readFileSync(resolve(import.meta.dirname, "../../public/smart-config.json"), "utf8");

describe("parseSmartConfig", () => {
  it("parses the shipped public/smart-config.json; sandbox and default use clientId itp-navigator", () => {
    const config = parseSmartConfig(shipped);
    expect(configForIss(config, "http://127.0.0.1:8480/fhir").clientId).toBe("itp-navigator");
    expect(configForIss(config, "https://unknown.example/fhir").clientId).toBe("itp-navigator");
  });

  it("fills defaults: v2 scopes, ./index.html, openid", () => {
    const config = parseSmartConfig('{"default":{"clientId":"abc"}}');
    expect(config["default"]).toEqual({ clientId: "abc", scopeVersion: "v2", redirectUri: "./index.html", openid: true });
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["no default entry", '{"https://a/fhir":{"clientId":"x"}}', /"default" entry is required/],
    ["empty clientId", '{"default":{"clientId":" "}}', /"default"\."clientId": clientId must be a non-empty string/],
    ["bad scopeVersion", '{"default":{"clientId":"x","scopeVersion":"v3"}}', /"default"\."scopeVersion"/],
    ["unknown key (typo)", '{"default":{"clientId":"x","scopes":"v1"}}', /"default"/],
    ["array", "[]", /malformed/],
  ])("rejects %s with a readable message", (_name, text, message) => {
    expect(() => parseSmartConfig(text)).toThrow(SmartConfigError);
    expect(() => parseSmartConfig(text)).toThrow(message);
  });
});

describe("configForIss", () => {
  const config = parseSmartConfig(
    JSON.stringify({
      default: { clientId: "d" },
      "https://ehr.example.org/FHIR/R4": { clientId: "epic", scopeVersion: "v1" },
    }),
  );

  it.each([
    ["exact key", "https://ehr.example.org/FHIR/R4", "epic"],
    ["trailing slash", "https://ehr.example.org/FHIR/R4/", "epic"],
    ["host case", "https://EHR.example.org/FHIR/R4", "epic"],
    ["path differs -> default", "https://ehr.example.org/FHIR/DSTU2", "d"],
    ["unknown -> default", "http://127.0.0.1:9999/fhir", "d"],
  ])("%s", (_name, iss, clientId) => {
    expect(configForIss(config, iss).clientId).toBe(clientId);
  });

  it("keeps the entry's scope version", () => {
    expect(configForIss(config, "https://ehr.example.org/FHIR/R4").scopeVersion).toBe("v1");
  });
});
