import { defineConfig } from "vitest/config";

/** Real-browser tests: Debian chromium driven by playwright-core against the sandbox EHR, one file at a time. */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
