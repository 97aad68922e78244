/** What one attempt ended as, for the scheduler: only `failed` is retried. */
export type AttemptEnd = 'succeeded' | 'failed' | 'timed-out' | 'cancelled' | 'abandoned';

export interface ScheduleOptions {
  shards: number;
  parallelism: number;
  /** Retries per index after its first attempt, as Kubernetes' backoffLimitPerIndex. */
  backoffLimit: number;
  stop: AbortSignal;
  /** Runs one attempt (1-based) of shard `index`; must not throw for an attempt's own failure. */
  runAttempt(index: number, attempt: number): Promise<AttemptEnd>;
}

/**
 * Runs shards 0..N-1 with at most `parallelism` attempts at once, retrying a failed index right
 * away (ahead of indexes never tried) until it used up its backoff limit. Once `stop` fires no
 * new attempt starts; it resolves when the running ones returned.
 */
export async function scheduleShards(options: ScheduleOptions): Promise<void> {
  const queue = Array.from({ length: options.shards }, (_, index) => ({ index, attempt: 1 }));
  const running = new Map<number, Promise<void>>();
  let failure: unknown;

  const launch = (index: number, attempt: number) => {
    const done = options
      .runAttempt(index, attempt)
      .then((end) => {
        if (end === 'failed' && attempt <= options.backoffLimit && !options.stop.aborted) {
          queue.unshift({ index, attempt: attempt + 1 });
        }
      })
      .catch((err: unknown) => {
        failure ??= err;
      })
      .finally(() => running.delete(index));
    running.set(index, done);
  };

  for (;;) {
    while (failure === undefined && !options.stop.aborted && running.size < options.parallelism && queue.length) {
      const next = queue.shift()!;
      launch(next.index, next.attempt);
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  if (failure !== undefined) throw failure;
}
