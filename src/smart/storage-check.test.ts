import { describe, expect, it } from "vitest";
import { sessionStorageProblem } from "./storage-check.ts";

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe("sessionStorageProblem", () => {
  it("null when storage works, and leaves nothing behind", () => {
    const s = memoryStorage();
    expect(sessionStorageProblem(() => s)).toBeNull();
    expect(s.length).toBe(0);
  });

  it("the browser's reason when reading sessionStorage throws (third-party frame)", () => {
    const blocked = (): Storage => {
      throw new DOMException("Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.", "SecurityError");
    };
    expect(sessionStorageProblem(blocked)).toMatch(/Access is denied/);
  });

  it("a reason when storage silently drops values", () => {
    const s = { ...memoryStorage(), getItem: () => null };
    expect(sessionStorageProblem(() => s)).toBe("sessionStorage did not keep a value");
  });
});
