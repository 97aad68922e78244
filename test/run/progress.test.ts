import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsoleLogger } from '../../src/log/console-logger.js';
import { RunRecordBuilder } from '../../src/record/builder.js';
import { reportProgress } from '../../src/run/progress.js';

/** A ConsoleLogger writing to a captured stream, and a record of `shards` shards reported through it. */
function setup(interactive: boolean, shards = 2) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += chunk.toString()));
  const log = new ConsoleLogger({ stream, interactive, actions: false });
  const record = new RunRecordBuilder({
    id: 'progress-test',
    backend: 'local',
    startedAt: new Date(),
    outputDir: null,
    parameters: {
      shards,
      parallelism: shards,
      cpus: null,
      memoryBytes: null,
      timeoutSeconds: null,
      backoffLimit: 0,
      args: [],
      envNames: [],
    },
  });
  const progress = reportProgress(record, log, Date.now());
  // Each progress write, as the reader sees it: terminal rewrites start with `\r ESC[2K`.
  const lines = () => text.split(/\r\x1b\[2K|\n/).filter(Boolean);
  return { record, progress, lines };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the progress line on a terminal', () => {
  it('ticks every second while shards run, without any change, and stops with the run', () => {
    const { record, progress, lines } = setup(true);
    vi.advanceTimersByTime(5000);
    expect(lines()).toEqual([]); // nothing shown (and no clock) before the first shard starts
    expect(vi.getTimerCount()).toBe(0);

    record.attemptStarted(0);
    vi.advanceTimersByTime(3000);
    expect(lines()).toEqual([
      'shards 0/2 done, 1 running, 0 failed, 5.0s',
      'shards 0/2 done, 1 running, 0 failed, 6.0s',
      'shards 0/2 done, 1 running, 0 failed, 7.0s',
      'shards 0/2 done, 1 running, 0 failed, 8.0s',
    ]);

    progress.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(lines()).toHaveLength(4);
  });
});

describe('the progress line in CI logs', () => {
  it('prints a line per change only, never one per second', () => {
    const { record, progress, lines } = setup(false);
    record.attemptStarted(0);
    vi.advanceTimersByTime(4000);
    record.attemptStarted(1);
    vi.advanceTimersByTime(4000);
    expect(lines()).toEqual([
      'shards 0/2 done, 1 running, 0 failed, 0.0s',
      'shards 0/2 done, 2 running, 0 failed, 4.0s',
    ]);
    expect(vi.getTimerCount()).toBe(0);
    progress.stop();
  });
});
