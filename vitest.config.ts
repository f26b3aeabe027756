import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "~db": path.resolve("db"), "~": path.resolve("app") },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/per-file-db.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
  },
});
