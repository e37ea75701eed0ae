// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MissingIssError } from "../smart/authorize-params.ts";
import { SmartConfigError } from "../smart/config.ts";
import { LaunchProblemError } from "../smart/session.ts";
import type { EvaluationStore } from "./evaluation-store.ts";
import { toErrorState } from "./load-errors.ts";
import type { LoadState } from "./load-state.ts";
import { Root } from "./root.tsx";
import { StorageBlockedError } from "../smart/storage-check.ts";
import { launchErrorState, launchStatus, StatusPage } from "./status-pages.tsx";

afterEach(cleanup);
const LAUNCH = new URL("https://app.example/launch.html?iss=https%3A%2F%2Fehr.example%2Ffhir&launch=xyz");
const APP = new URL("https://app.example/index.html");

describe("launch page status pages", () => {
  it("opened without iss: explains how to launch, no relaunch link", () => {
    render(<StatusPage state={launchErrorState(new MissingIssError(), new URL("https://app.example/launch.html"))} />);
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 })).toBeTruthy();
    expect(screen.getByText(/launch\.html\?iss=<FHIR server base URL>/)).toBeTruthy();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("malformed smart-config.json: says so and shows the problem", () => {
    render(<StatusPage state={launchErrorState(new SmartConfigError('smart-config.json is malformed: "default"."clientId": required'), LAUNCH)} />);
    expect(screen.getByText(/launch configuration is invalid/)).toBeTruthy();
    expect(screen.getByText(/"default"\."clientId": required/)).toBeTruthy();
  });

  it("no PKCE S256 on the server: auth page with fhirclient's message and a try-again link to the same launch", () => {
    const error = new Error("Required PKCE code challenge method (`S256`) was not found in the server's codeChallengeMethods declaration.");
    render(<StatusPage state={launchErrorState(error, LAUNCH)} />);
    expect(screen.getByText(/does not offer PKCE/)).toBeTruthy();
    expect(screen.getByRole("link").getAttribute("href")).toBe(LAUNCH.href);
  });
});

describe("launch page in a frame whose storage the browser blocks", () => {
  it("explains and offers the same launch in a new window", () => {
    const { state, newWindowUrl } = launchStatus(new StorageBlockedError("Access is denied for this document."), LAUNCH);
    render(<StatusPage state={state} {...(newWindowUrl ? { newWindowUrl } : {})} />);
    expect(screen.getByText(/blocks storage for apps embedded in another site/)).toBeTruthy();
    const link = screen.getByRole("link", { name: "Open ITP Navigator in a new window" });
    expect(link.getAttribute("href")).toBe(LAUNCH.href);
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
  });

  it("other launch errors have no new-window link while storage works", () => {
    expect(launchStatus(new Error("Failed to fetch the well-known json"), LAUNCH).newWindowUrl).toBeUndefined();
  });

  it("any launch failure in a storage-blocked frame also offers the new window (when there is an iss)", () => {
    expect(launchStatus(new Error("Failed to fetch the well-known json"), LAUNCH, "Access is denied").newWindowUrl).toBe(LAUNCH.href);
    expect(launchStatus(new MissingIssError(), new URL("https://app.example/launch.html"), "Access is denied").newWindowUrl).toBeUndefined();
  });
});

describe("app page errors through Root -> App", () => {
  const storeWith = (state: LoadState): EvaluationStore => ({
    getState: () => state,
    subscribe: () => () => undefined,
    start: async () => undefined,
    setOverrides: () => undefined,
  });

  it.each([
    ["auth denied shows error and error_description", new LaunchProblemError({ kind: "auth-denied", message: "Not authorized.", detail: "access_denied: The user denied access", iss: "https://ehr.example/fhir" }), /access_denied: The user denied access/],
    ["session lost offers a relaunch", new LaunchProblemError({ kind: "session-expired", message: "Session gone.", iss: "https://ehr.example/fhir" }), /Session gone\./],
    ["no launch explains both ways", new LaunchProblemError({ kind: "no-launch", message: "Opened without a SMART launch." }), /launch\.html\?iss=/],
  ])("%s", (_name, error, text) => {
    const state = toErrorState(error, APP);
    render(<Root store={storeWith(state)} />);
    expect(screen.getByRole("alert").textContent).toMatch(text);
    expect(screen.getByRole("alert").textContent).not.toMatch(/\bat .*:\d+:\d+/);
    const link = screen.queryByRole("link");
    expect(link?.getAttribute("href") ?? null).toBe(state.relaunchUrl ?? null);
  });
});
