import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The tests without a Docker engine, in two projects that share the workers: `unit` tests pinship's
// source in process (git, kustomize and loopback stand-ins are fine), the contributor's loop
// (`npm run test:unit`); `dist` runs the bundles as the runner and a user start them, bundled from
// this source before its first file (`npm run test:dist`). `npm test` runs both, then the
// integration tests (vitest.itg.config.ts).
export default defineConfig({
  test: {
    setupFiles: ['test/support/each-file.ts'],
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
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/github-description-once.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['test/**/*.test.dist.ts'],
          globalSetup: ['test/support/bundle-once.ts', 'test/support/github-description-once.ts'],
        },
      },
    ],
  },
});
