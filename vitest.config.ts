import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import LongestFirst from "./test/support/sequencer.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: "forks",
    // One test file per core (vitest's default leaves one core idle: on 2
    // cores the files ran one at a time). HS2STG_TEST_WORKERS overrides.
    maxWorkers:
      Number(process.env["HS2STG_TEST_WORKERS"]) ||
      Math.max(availableParallelism(), 1),
    sequence: { sequencer: LongestFirst },
  },
});
