import type { V1Pod } from '@kubernetes/client-node';
import { round } from '../../record/resources.js';
import type { AttemptReason, AttemptRecord } from '../../record/types.js';
import type { RunStop } from '../backend.js';
import type { AttemptOutput } from '../result-lines.js';
import type { PodEnd } from './pod-state.js';
import type { UsageBook } from './pod-usage.js';

/** One ended pod as the record's attempt: its end, wall time, log and results counted, its usage. */
export function podAttempt(
  pod: V1Pod,
  end: PodEnd,
  attempt: number,
  output: AttemptOutput,
  job: { readLogs: boolean; memoryLimitBytes: number | null },
  usage: UsageBook,
): AttemptRecord {
  const uid = pod.metadata!.uid!;
  const duration =
    end.startedAt && end.finishedAt
      ? round(Math.max(0, Date.parse(end.finishedAt) - Date.parse(end.startedAt)) / 1000, 3)
      : null;
  return {
    attempt,
    ...end,
    durationSeconds: duration,
    runner: { kind: 'pod', id: uid, name: pod.metadata!.name ?? null },
    logLines: output.lines,
    logTail: end.status === 'succeeded' ? [] : output.tail(),
    resultCount: output.results.length,
    resultErrorCount: output.resultErrorCount,
    resources: end.startedAt ? usage.usage(uid, duration, job.memoryLimitBytes) : null,
    ...(job.readLogs ? {} : { logsRead: false }),
  };
}

/** A pod still running when the run stopped (timeout, Ctrl-C): it goes on in the cluster. */
export function stoppedEnd(stop: RunStop, pod: V1Pod, startedAt: string | null): PodEnd {
  const timedOut = stop.kind === 'timeout';
  return {
    status: timedOut ? 'timed-out' : 'cancelled',
    reason: timedOut ? 'DeadlineExceeded' : 'Cancelled',
    exitCode: null,
    message: `${stop.message}; pod ${pod.metadata!.name} is still running in the cluster`,
    startedAt,
    finishedAt: null,
  };
}

/** A failed attempt whose container has no end to tell (stuck, or its pod deleted while running). */
export function failedWithoutEnd(reason: AttemptReason, message: string | null): PodEnd {
  return { status: 'failed', reason, exitCode: null, message, startedAt: null, finishedAt: null };
}
