import { defineConfig } from 'vitest/config';

// Integration tests against the real Docker engine, registry and Kubernetes test cluster that
// scripts/dev-infra.sh starts. They share one engine and one node, so files run one at a time to
// keep timings and resource limits honest.
export default defineConfig({
  test: {
    globalSetup: ['test/support/bundle-once.ts', 'test/support/github-description-once.ts'],
    setupFiles: ['test/support/each-file.ts'],
    include: ['test/**/*.test.itg.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
