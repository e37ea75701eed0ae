/**
 * The fhirclient SMART API for this browser window, with a storage that also works in a cross-site iframe
 * whose sessionStorage is denied (src/smart/frame-storage.ts).
 */
import * as BrowserAdapterModule from "fhirclient/lib/adapters/BrowserAdapter";
import type { fhirclient } from "fhirclient/lib/types";
import { fallbackStorage } from "./frame-storage.ts";

type BrowserAdapterClass = typeof BrowserAdapterModule.default;

/**
 * The CommonJS module's class. Depending on the bundler's interop it arrives as the module, its `default`, or
 * `default.default`; take the first function found.
 */
function adapterClass(mod: unknown): BrowserAdapterClass {
  let m = mod;
  for (let i = 0; i < 3 && typeof m !== "function" && m && typeof m === "object"; i++) {
    m = (m as { default?: unknown }).default;
  }
  if (typeof m !== "function") throw new Error("fhirclient's BrowserAdapter could not be loaded");
  return m as BrowserAdapterClass;
}
const BrowserAdapter = adapterClass(BrowserAdapterModule);

/** A BrowserAdapter whose storage falls back to memory + window.name when sessionStorage is denied. */
class FrameSafeAdapter extends BrowserAdapter {
  override getStorage(): fhirclient.Storage {
    return (fallbackStorage() as fhirclient.Storage | null) ?? super.getStorage();
  }
}

let api: fhirclient.SMART | undefined;

/** The SMART API (authorize, ready, client) bound to the frame-safe adapter; created once per page. */
export function smartApi(): fhirclient.SMART {
  api ??= new FrameSafeAdapter({ refreshTokenWithCredentials: "same-origin" }).getSmartApi();
  return api;
}
