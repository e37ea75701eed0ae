/// <reference types="vitest/config" />
import { resolve } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = import.meta.dirname;

/**
 * Two entry points: `launch.html` (SMART authorize) and `index.html` (the app, after the redirect).
 * The sandbox (`sandbox/`) is never imported from `src/`, so it cannot reach the production bundle.
 */
export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the built app can be hosted under any path an EHR registers.
  base: "./",
  build: {
    rollupOptions: {
      input: {
        main: resolve(root, "index.html"),
        launch: resolve(root, "launch.html"),
      },
    },
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}", "sandbox/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    environment: "node",
    testTimeout: 20000,
    alias: [{ find: /^fhirclient$/, replacement: "fhirclient/lib/entry/browser.js" }],
  },
});
