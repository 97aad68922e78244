import type { Logger } from '../log/logger.js';
import type { RecordEvent, RunRecordBuilder, ShardCounts } from '../record/builder.js';

/** `shards 3/8 done, 2 running, 1 failed, 12.3s` (and `, 1 retrying` when some wait for a retry). */
export function progressLine(counts: ShardCounts, elapsedMs: number): string {
  const retrying = counts.retrying ? `, ${counts.retrying} retrying` : '';
  return `shards ${counts.done}/${counts.total} done, ${counts.running} running, ${counts.failed} failed${retrying}, ${(elapsedMs / 1000).toFixed(1)}s`;
}

/**
 * Reports a run's progress: a progress line on every change, and each attempt that did not
 * succeed with the tail of its log in a group. Resolves `flush()` once the groups are written.
 */
export function reportProgress(record: RunRecordBuilder, log: Logger, startedMs: number): { flush(): Promise<void> } {
  let pending = Promise.resolve();
  record.onEvent((event: RecordEvent) => {
    log.progress(progressLine(record.counts(), Date.now() - startedMs));
    if (event.kind !== 'finished' || event.outcome.attempt.status === 'succeeded') return;
    const { attempt } = event.outcome;
    const exit = attempt.exitCode === null ? '' : `, exit ${attempt.exitCode}`;
    const title = `shard ${event.index} attempt ${attempt.attempt}: ${attempt.reason}${exit}${attempt.message ? ` (${attempt.message})` : ''}`;
    pending = pending.then(() =>
      log.group(title, async () => {
        if (attempt.logTail.length === 0) log.info('(no output)');
        for (const line of attempt.logTail) log.info(line);
      }),
    );
  });
  return { flush: () => pending };
}
