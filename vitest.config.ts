import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Fast tests: no Docker engine. Git, kustomize and loopback stand-ins are fine here.
export default defineConfig({
  test: {
    globalSetup: ['test/support/bundle-once.ts'],
    include: ['test/**/*.test.ts'],
    // One worker more than cores (vitest's default is one less: a single worker on two cores). Most
    // tests wait on the git, kubectl or node processes they start, and meanwhile another file runs.
    // Processes, not threads: threads start a file more cheaply, but every git the tests spawn then
    // forks one process holding all the workers' heaps (measured: 274 CPU-seconds against 250).
    maxWorkers: availableParallelism() + 1,
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
