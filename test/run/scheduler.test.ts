import { describe, expect, it } from 'vitest';
import { scheduleShards, type AttemptEnd } from '../../src/run/local/scheduler.js';
import { progressLine } from '../../src/run/progress.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('scheduleShards', () => {
  it('runs at most P at once and retries a failed index up to its backoff limit', async () => {
    let running = 0;
    let peak = 0;
    const tried: string[] = [];
    await scheduleShards({
      shards: 5,
      parallelism: 2,
      backoffLimit: 2,
      stop: new AbortController().signal,
      async runAttempt(index, attempt): Promise<AttemptEnd> {
        running += 1;
        peak = Math.max(peak, running);
        tried.push(`${index}.${attempt}`);
        await tick();
        running -= 1;
        return index === 1 ? 'failed' : index === 3 && attempt === 1 ? 'failed' : 'succeeded';
      },
    });
    expect(peak).toBe(2);
    expect(tried.filter((t) => t.startsWith('1.'))).toEqual(['1.1', '1.2', '1.3']);
    expect(tried.filter((t) => t.startsWith('3.'))).toEqual(['3.1', '3.2']);
    expect(tried).toHaveLength(8);
  });

  it('starts nothing new once stopped, and waits for what runs', async () => {
    const stop = new AbortController();
    const tried: number[] = [];
    await scheduleShards({
      shards: 6,
      parallelism: 2,
      backoffLimit: 3,
      stop: stop.signal,
      async runAttempt(index) {
        tried.push(index);
        stop.abort();
        await tick();
        return 'failed';
      },
    });
    expect(tried).toEqual([0]);
  });
});

describe('progressLine', () => {
  it('says done, running, failed and elapsed', () => {
    expect(progressLine({ total: 8, done: 3, running: 2, failed: 1, retrying: 0 }, 12_340)).toBe(
      'shards 3/8 done, 2 running, 1 failed, 12.3s',
    );
    expect(progressLine({ total: 8, done: 3, running: 2, failed: 1, retrying: 1 }, 500)).toBe(
      'shards 3/8 done, 2 running, 1 failed, 1 retrying, 0.5s',
    );
  });
});
