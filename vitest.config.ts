import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Fast tests: no Docker engine. Git, kustomize and loopback stand-ins are fine here.
export default defineConfig({
  test: {
    globalSetup: ['test/support/bundle-once.ts'],
    include: ['test/**/*.test.ts'],
    // Worker threads instead of a process per file: a file's start costs about a quarter less CPU.
    // One worker more than cores (vitest's default is one less, a single worker on two cores): most
    // tests wait on the git, kubectl or node processes they start, and meanwhile another file runs.
    pool: 'threads',
    maxWorkers: availableParallelism() + 1,
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
