import type { KubeConfig } from '@kubernetes/client-node';
import { describeError } from '../../errors.js';
import { readContainerLog } from '../../kube/pod-log.js';
import type { Logger } from '../../log/logger.js';
import { AttemptOutput } from '../result-lines.js';

/**
 * An ended attempt's output, read from its container's log (nothing when `readLogs` is false: the
 * Job's `pinship.dev/logs: none`), and why it could not be read, if so: a warning says it too.
 */
export async function attemptOutput(
  config: KubeConfig,
  target: { namespace: string; pod: string; container: string },
  attempt: number,
  readLogs: boolean,
  log: Logger,
): Promise<{ output: AttemptOutput; logProblem: string | null }> {
  const output = new AttemptOutput(attempt);
  let logProblem: string | null = null;
  if (readLogs) {
    try {
      await readContainerLog(config, target, (chunk) => output.write('stdout', chunk));
    } catch (err) {
      logProblem = `its log could not be read: ${describeError(err)}`;
      log.warn(`pod ${target.pod}: ${logProblem}`);
    }
  }
  output.end();
  return { output, logProblem };
}
