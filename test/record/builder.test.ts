import { describe, expect, it } from 'vitest';
import { RunRecordBuilder, maxConcurrent, type AttemptOutcome } from '../../src/record/builder.js';
import type { AttemptRecord, RunParameters } from '../../src/record/types.js';
import { runRecordProblems } from '../../src/record/validate.js';

const parameters: RunParameters = {
  shards: 3,
  parallelism: 2,
  cpus: 1,
  memoryBytes: 64 * 2 ** 20,
  timeoutSeconds: 60,
  backoffLimit: 1,
  args: ['compute'],
  envNames: ['SEED'],
};

const image = {
  ref: 'registry.example/team/compute@sha256:' + 'a'.repeat(64),
  name: 'registry.example/team/compute',
  digest: 'sha256:' + 'a'.repeat(64),
  imageId: 'sha256:' + 'b'.repeat(64),
  resolvedFrom: 'digest' as const,
  note: null,
};

function attempt(
  n: number,
  status: AttemptRecord['status'],
  reason: AttemptRecord['reason'],
  start: string,
  end: string,
): AttemptOutcome {
  return {
    attempt: {
      attempt: n,
      status,
      exitCode: status === 'succeeded' ? 0 : 1,
      reason,
      message: null,
      startedAt: `2026-11-25T04:00:${start}.000Z`,
      finishedAt: `2026-11-25T04:00:${end}.000Z`,
      durationSeconds: Number(end) - Number(start),
      runner: { kind: 'container', id: 'c'.repeat(64), name: `pinship-run-${n}` },
      logLines: 1,
      logTail: status === 'succeeded' ? [] : ['boom'],
      resultCount: status === 'succeeded' ? 1 : 0,
      resultErrorCount: 0,
      resources: null,
    },
    results: status === 'succeeded' ? [{ attempt: n, line: 1, value: { ok: true } }] : [],
    resultErrors: [],
  };
}

function builder(source?: { commit: string; from: 'option' }) {
  const b = new RunRecordBuilder({
    id: '20261125-040000-abcdef',
    backend: 'local',
    startedAt: new Date('2026-11-25T04:00:00Z'),
    parameters,
    outputDir: '/tmp/out',
    source,
  });
  b.setImage(image, 'f'.repeat(40));
  return b;
}

describe('RunRecordBuilder', () => {
  it('builds a valid record that concludes success when every shard succeeded', () => {
    const b = builder();
    b.attemptFinished(0, attempt(1, 'succeeded', 'Completed', '01', '03'));
    b.attemptFinished(1, attempt(1, 'failed', 'Error', '01', '02'));
    b.attemptFinished(1, attempt(2, 'succeeded', 'Completed', '03', '04'));
    b.attemptFinished(2, attempt(1, 'succeeded', 'Completed', '03', '05'));
    b.setOutputs(2, [{ path: 'a.txt', size: 3, sha256: 'd'.repeat(64) }]);
    const record = b.finish(new Date('2026-11-25T04:00:06Z'));
    expect(runRecordProblems(record, 'writer')).toEqual([]);
    expect(record.conclusion).toBe('success');
    expect(record.source).toEqual({ commit: 'f'.repeat(40), from: 'image-label' });
    expect(record.totals).toMatchObject({
      succeeded: 3,
      attempts: 4,
      retries: 1,
      results: 3,
      outputFiles: 1,
      outputBytes: 3,
      maxConcurrent: 2,
    });
    expect(record.durationSeconds).toBe(6);
  });

  it('prefers a given commit over the image label, and marks shards never run as not-started', () => {
    const b = builder({ commit: 'e'.repeat(40), from: 'option' });
    b.attemptFinished(0, attempt(1, 'timed-out', 'DeadlineExceeded', '01', '09'));
    b.cancel({ reason: 'timeout', at: '2026-11-25T04:00:09.000Z', message: 'over 8s' });
    b.cancel({ reason: 'signal', at: '2026-11-25T04:00:10.000Z', message: 'ctrl-c' });
    const record = b.finish(new Date('2026-11-25T04:00:10Z'));
    expect(runRecordProblems(record, 'writer')).toEqual([]);
    expect(record.source.from).toBe('option');
    expect(record.conclusion).toBe('timed-out');
    expect(record.shards.map((s) => s.status)).toEqual(['timed-out', 'not-started', 'not-started']);
    expect(record.totals).toMatchObject({ timedOut: 1, notStarted: 2 });
  });

  it('concludes failure on a failed shard, a result error, or a failed rollout', () => {
    const failed = builder();
    for (const i of [0, 1, 2])
      failed.attemptFinished(
        i,
        attempt(1, i === 2 ? 'failed' : 'succeeded', i === 2 ? 'OOMKilled' : 'Completed', '01', '02'),
      );
    expect(failed.finish(new Date()).conclusion).toBe('failure');

    const invalid = builder();
    for (const i of [0, 1, 2]) {
      const outcome = attempt(1, 'succeeded', 'Completed', '01', '02');
      if (i === 1)
        outcome.resultErrors.push({ attempt: 1, line: 3, message: 'invalid JSON', text: 'pinship:result {' });
      invalid.attemptFinished(i, outcome);
    }
    expect(invalid.finish(new Date()).conclusion).toBe('failure');

    const rollout = builder();
    for (const i of [0, 1, 2]) rollout.attemptFinished(i, attempt(1, 'succeeded', 'Completed', '01', '02'));
    rollout.addRollout({
      name: 'api',
      namespace: 'prod',
      revision: '3',
      replicas: { desired: 2, updated: 2, ready: 1, available: 1 },
      conclusion: 'timed-out',
      message: 'progress deadline exceeded',
      startedAt: '2026-11-25T04:00:00.000Z',
      finishedAt: null,
    });
    const record = rollout.finish(new Date());
    expect(runRecordProblems(record, 'writer')).toEqual([]);
    expect(record.conclusion).toBe('failure');
  });

  it('counts outputs the run stopped before hashing apart from unreadable ones', () => {
    const b = builder();
    b.attemptFinished(0, attempt(1, 'timed-out', 'DeadlineExceeded', '01', '09'));
    b.setOutputs(0, [
      { path: 'a.txt', size: 3, sha256: 'd'.repeat(64) },
      { path: 'big.bin', size: 9, sha256: null, unreadable: 'not hashed: the run timed out', notHashed: true },
      { path: 'secret', size: 1, sha256: null, unreadable: 'permission denied' },
    ]);
    b.cancel({ reason: 'timeout', at: '2026-11-25T04:00:09.000Z', message: 'over 8s' });
    const record = b.finish(new Date('2026-11-25T04:00:10Z'));
    expect(runRecordProblems(record, 'writer')).toEqual([]);
    expect(record.totals).toMatchObject({ outputFiles: 3, outputBytes: 13, unreadableOutputs: 1, notHashedOutputs: 1 });
  });

  it('counts progress: a failed shard with retries left is retrying, not done', () => {
    const b = builder();
    b.attemptStarted(0);
    b.attemptStarted(1);
    b.attemptFinished(1, attempt(1, 'failed', 'Error', '01', '02'));
    expect(b.counts()).toEqual({ total: 3, done: 0, running: 1, failed: 0, retrying: 1 });
    b.attemptFinished(1, attempt(2, 'failed', 'Error', '02', '03'));
    expect(b.counts()).toEqual({ total: 3, done: 1, running: 1, failed: 1, retrying: 0 });
  });
});

describe('maxConcurrent', () => {
  it('does not count a hand-over at the same instant as overlap', () => {
    const at = (s: string) => `2026-11-25T04:00:${s}.000Z`;
    expect(
      maxConcurrent([
        { startedAt: at('01'), finishedAt: at('03') },
        { startedAt: at('03'), finishedAt: at('05') },
        { startedAt: at('02'), finishedAt: at('04') },
        { startedAt: null, finishedAt: null },
      ]),
    ).toBe(2);
  });
});
