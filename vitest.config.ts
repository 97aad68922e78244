import { defineConfig } from 'vitest/config';

// Fast tests: no Docker engine. Git, kustomize and loopback stand-ins are fine here.
export default defineConfig({
  test: {
    globalSetup: ['test/support/bundle-once.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
