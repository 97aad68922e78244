import type { Command } from './command.js';

/**
 * The CLI's verbs by name. Each verb's module (its flags and help) loads only when the verb is
 * called or listed, and loads what its work needs (the Docker engine, the Kubernetes client, the
 * GitHub client) only once it gets there: `pinship --version` and `--help` start like `node`.
 */
export const verbs: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build.js')).buildCommand,
  pin: async () => (await import('./pin.js')).pinCommand,
  run: async () => (await import('./run.js')).runCommand,
  report: async () => (await import('./report.js')).reportCommand,
  cleanup: async () => (await import('./cleanup.js')).cleanupCommand,
};
