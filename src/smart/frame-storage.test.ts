import { describe, expect, it } from "vitest";
import { FrameNameStorage, fallbackStorage, type FrameWindow } from "./frame-storage.ts";

function deniedWindow(name = ""): FrameWindow {
  return {
    name,
    get sessionStorage(): Storage {
      throw new DOMException("Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.", "SecurityError");
    },
  };
}

describe("FrameNameStorage (sessionStorage denied in a cross-site frame)", () => {
  it("carries the OAuth state across the redirect in window.name, and a new page reads it back", async () => {
    const win = deniedWindow();
    const before = new FrameNameStorage(win);
    await before.set("SMART_KEY", "abc");
    await before.set("abc", { clientId: "itp-navigator", codeVerifier: "v3r1f13r", tokenUri: "http://127.0.0.1/auth/token" });
    expect(win.name).toMatch(/^itp-navigator-oauth:/);

    const after = new FrameNameStorage(win); // the page after the redirect
    expect(await after.get("SMART_KEY")).toBe("abc");
    expect(await after.get("abc")).toMatchObject({ codeVerifier: "v3r1f13r" });
    expect(after.getItem("SMART_KEY")).toBe('"abc"');
  });

  it("never writes a token to window.name, and keeps it in memory", async () => {
    const win = deniedWindow();
    const s = new FrameNameStorage(win);
    await s.set("abc", { clientId: "c", tokenResponse: { access_token: "SECRET-TOKEN", patient: "p1" } });
    expect(win.name).not.toContain("SECRET-TOKEN");
    expect(win.name).not.toContain("p1");
    expect(await s.get("abc")).toMatchObject({ tokenResponse: { access_token: "SECRET-TOKEN" } });
  });

  it("clears window.name once the code is exchanged and stops mirroring", async () => {
    const win = deniedWindow();
    const s = new FrameNameStorage(win);
    await s.set("SMART_KEY", "abc");
    s.forget();
    expect(win.name).toBe("");
    await s.set("abc", { clientId: "c" });
    expect(win.name).toBe("");
  });

  it("ignores a window.name it did not write and survives a corrupt one", async () => {
    expect(await new FrameNameStorage(deniedWindow("some-other-app")).get("SMART_KEY")).toBeNull();
    const corrupt = deniedWindow("itp-navigator-oauth:{not json");
    expect(await new FrameNameStorage(corrupt).get("SMART_KEY")).toBeNull();
    expect(corrupt.name).toBe("");
  });

  it("unset reports whether the key existed", async () => {
    const s = new FrameNameStorage(deniedWindow());
    await s.set("k", 1);
    expect(await s.unset("k")).toBe(true);
    expect(await s.unset("k")).toBe(false);
  });
});

describe("fallbackStorage", () => {
  it("keeps fhirclient's own sessionStorage when the browser allows it", () => {
    const map = new Map<string, string>();
    const storage = {
      setItem: (k: string, v: string) => void map.set(k, v),
      getItem: (k: string) => map.get(k) ?? null,
      removeItem: (k: string) => void map.delete(k),
    } as unknown as Storage;
    expect(fallbackStorage({ name: "", sessionStorage: storage })).toBeNull();
  });

  it("falls back to the frame storage when sessionStorage is denied", () => {
    expect(fallbackStorage(deniedWindow())).toBeInstanceOf(FrameNameStorage);
  });
});
