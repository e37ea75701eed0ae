import { describe, expect, it } from "vitest";
import { FhirHttpError, SessionExpiredError } from "../fhir/errors.ts";
import { LaunchProblemError } from "../smart/session.ts";
import { NoPatientContextError, relaunchUrl, toErrorState } from "./load-errors.ts";

const PAGE = new URL("https://app.example/itp/index.html");
const ISS = "http://127.0.0.1:8480/fhir";

describe("relaunchUrl", () => {
  it("points to launch.html beside the app page with the iss encoded", () => {
    expect(relaunchUrl(ISS, PAGE)).toBe("https://app.example/itp/launch.html?iss=http%3A%2F%2F127.0.0.1%3A8480%2Ffhir");
  });
});

describe("toErrorState", () => {
  it.each([
    ["launch: no-launch explains both ways to launch", new LaunchProblemError({ kind: "no-launch", message: "Opened without a launch." }), undefined, { kind: "no-launch", message: /launch\.html\?iss=/ }],
    ["launch: auth denied keeps the server's error", new LaunchProblemError({ kind: "auth-denied", message: "Denied.", detail: "access_denied: nope", iss: ISS }), undefined, { kind: "auth-denied", detail: "access_denied: nope", relaunchUrl: relaunchUrl(ISS, PAGE) }],
    ["401 during fetch", new SessionExpiredError({ url: "u", outcome: "token expired" }), ISS, { kind: "session-expired", detail: "token expired", relaunchUrl: relaunchUrl(ISS, PAGE) }],
    ["every query failed", new FhirHttpError({ status: 503, url: "u" }), ISS, { kind: "network", detail: "The FHIR server answered HTTP 503" }],
    ["no patient in context", new NoPatientContextError(), ISS, { kind: "no-launch" }],
    ["a bug", new TypeError("x is undefined"), ISS, { kind: "unexpected", detail: "x is undefined" }],
  ])("%s", (_name, error, iss, expected) => {
    const state = toErrorState(error, PAGE, iss);
    expect(state).toMatchObject({ status: "error", ...expected });
    expect(JSON.stringify(state)).not.toMatch(/\n\s+at /);
  });

  it("no relaunch link when the server is unknown", () => {
    expect(toErrorState(new LaunchProblemError({ kind: "session-expired", message: "Lost." }), PAGE).relaunchUrl).toBeUndefined();
  });
});
