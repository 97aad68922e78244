import { runCommand } from '../../src/cli/run.js';
import { silentLogger } from '../../src/log/silent-logger.js';

/** The one-line error `pinship run ARGV` stops with, before it touches an engine or a cluster. */
export async function cliError(argv: string[]): Promise<string> {
  try {
    await runCommand.run({ argv, log: silentLogger, stdout: process.stdout });
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`pinship run ${argv.join(' ')} did not fail`);
}
