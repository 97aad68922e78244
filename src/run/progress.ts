import type { Logger } from '../log/logger.js';
import type { RecordEvent, RunRecordBuilder, ShardCounts } from '../record/builder.js';

/** `shards 3/8 done, 2 running, 1 failed, 12.3s` (and `, 1 retrying` when some wait for a retry). */
export function progressLine(counts: ShardCounts, elapsedMs: number): string {
  const retrying = counts.retrying ? `, ${counts.retrying} retrying` : '';
  return (
    `shards ${counts.done}/${counts.total} done, ${counts.running} running, ${counts.failed} failed${retrying}, ` +
    `${(elapsedMs / 1000).toFixed(1)}s`
  );
}

/** Milliseconds between redraws of a terminal's progress line, so its clock keeps moving. */
const PROGRESS_TICK_MS = 1000;

export interface ProgressReport {
  /** Stops the clock; call once the shards are done (the line is not drawn again). */
  stop(): void;
  /** Resolves once the failed attempts' groups are written. */
  flush(): Promise<void>;
}

/**
 * Reports a run's progress: a progress line on every change, and each attempt that did not
 * succeed with the tail of its log in a group. On a terminal the line is also redrawn every
 * second from the first change until `stop()`; in CI logs a line a second would bury the rest.
 */
export function reportProgress(record: RunRecordBuilder, log: Logger, startedMs: number): ProgressReport {
  let pending = Promise.resolve();
  let ticker: NodeJS.Timeout | undefined;
  let stopped = false;
  const draw = () => log.progress(progressLine(record.counts(), Date.now() - startedMs));
  record.onEvent((event: RecordEvent) => {
    draw();
    if (log.liveProgress && !ticker && !stopped) {
      ticker = setInterval(draw, PROGRESS_TICK_MS);
      // Never what keeps the process alive, should a path forget stop().
      ticker.unref();
    }
    if (event.kind !== 'finished' || event.outcome.attempt.status === 'succeeded') return;
    const { attempt } = event.outcome;
    const exit = attempt.exitCode === null ? '' : `, exit ${attempt.exitCode}`;
    const title =
      `shard ${event.index} attempt ${attempt.attempt}: ` +
      `${attempt.reason}${exit}${attempt.message ? ` (${attempt.message})` : ''}`;
    pending = pending.then(() =>
      log.group(title, async () => {
        if (attempt.logTail.length === 0) log.info('(no output)');
        for (const line of attempt.logTail) log.info(line);
      }),
    );
  });
  return {
    stop: () => {
      stopped = true;
      clearInterval(ticker);
      ticker = undefined;
    },
    flush: () => pending,
  };
}
