import type { Logger } from '../log/logger.js';

export interface StopSignals {
  /** Aborted at the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Stops listening; call once the run returned. */
  dispose(): void;
}

/**
 * Turns the first SIGINT or SIGTERM into an abort, so the run stops and removes its containers
 * and writes its record, for the CLI and the action alike. While it stops, a SIGTERM is ignored:
 * a cancelled GitHub Actions step gets SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after
 * that (runner's ProcessInvoker), and the default SIGTERM action would kill us mid-cleanup. A
 * second SIGINT (Ctrl-C pressed again) quits at once, exit 130: a person asked twice.
 */
export function stopOnSignals(log: Logger, stopping = "stopping and removing the run's containers"): StopSignals {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      log.info(`${name}: ${stopping}`);
      controller.abort(name);
    } else if (name === 'SIGINT') {
      process.exit(130);
    } else {
      log.info(`${name}: ignored, still ${stopping}`);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}
