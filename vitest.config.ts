import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Fast tests: no Docker engine. Git, kustomize and loopback stand-ins are fine here.
export default defineConfig({
  test: {
    globalSetup: ['test/support/bundle-once.ts', 'test/support/github-description-once.ts'],
    setupFiles: ['test/support/each-file.ts'],
    include: ['test/**/*.test.ts'],
    // One worker more than cores (vitest's default is one less: a single worker on two cores). Most
    // tests wait on the git, kubectl or node processes they start, and meanwhile another file runs.
    // Processes, not threads: threads start a file more cheaply, but every git the tests spawn then
    // forks one process holding all the workers' heaps (measured: 274 CPU-seconds against 250).
    maxWorkers: availableParallelism() + 1,
    // As many from the start, so tinypool never retires an idle worker (it does while more than
    // minWorkers run): with isolate: false and minWorkers 1, runs died with "Terminating worker
    // thread" and left a worker process running on its own; with every worker kept, none did.
    minWorkers: availableParallelism() + 1,
    // Test files share their worker's process and loaded modules (not a fresh process per file):
    // each file imported pinship, vitest and its helpers anew, most of a run's CPU time outside
    // the tests. test/support/each-file.ts puts the environment and working directory back and
    // removes the scratch folders after each file; helpers keep no state a later file could trip on.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
