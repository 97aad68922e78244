import type { Logger } from '../log/logger.js';

/** What a CLI verb receives: its own argv (after the verb), a logger, and stdout for results. */
export interface CommandContext {
  argv: string[];
  log: Logger;
  stdout: NodeJS.WritableStream;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  /** Resolves to the process exit code. */
  run(ctx: CommandContext): Promise<number>;
}
