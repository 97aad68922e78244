import type Docker from 'dockerode';
import { round } from '../../record/resources.js';
import type { AttemptReason, AttemptRecord, AttemptStatus } from '../../record/types.js';
import type { RunStop } from '../backend.js';
import { signalMessage } from '../exit-signal.js';
import type { UsageTracker } from '../resource-usage.js';
import type { AttemptOutput } from '../result-lines.js';

/** The record of an attempt whose container ran, from the engine's final state of it. */
export function finishedAttempt(
  attempt: number,
  id: string,
  name: string,
  state: Docker.ContainerInspectInfo['State'],
  output: AttemptOutput,
  tracker: UsageTracker,
  stoppedBy: RunStop | undefined,
): AttemptRecord {
  const startedAt = engineTime(state.StartedAt);
  // The engine stamps StartedAt once runc returned, so a process that exits at once can show a
  // FinishedAt a little before it; clamp, so intervals and durations stay non-negative.
  let finishedAt = engineTime(state.FinishedAt);
  if (startedAt && finishedAt && finishedAt < startedAt) finishedAt = startedAt;
  const duration = startedAt && finishedAt ? round((Date.parse(finishedAt) - Date.parse(startedAt)) / 1000, 3) : null;
  let status: AttemptStatus;
  let reason: AttemptReason;
  let message: string | null = state.Error || null;
  if (state.OOMKilled) {
    [status, reason] = ['failed', 'OOMKilled'];
    message ??= 'the shard went over its memory limit and the kernel killed it';
  } else if (stoppedBy && state.ExitCode !== 0) {
    [status, reason] = stoppedBy.kind === 'timeout' ? ['timed-out', 'DeadlineExceeded'] : ['cancelled', 'Cancelled'];
    message = stoppedBy.message;
  } else if (state.ExitCode === 0) {
    [status, reason] = ['succeeded', 'Completed'];
  } else {
    [status, reason] = ['failed', 'Error'];
    message ??= signalMessage(state.ExitCode);
  }
  return {
    attempt,
    status,
    exitCode: state.ExitCode,
    reason,
    message,
    startedAt,
    finishedAt,
    durationSeconds: duration,
    runner: { kind: 'container', id, name },
    logLines: output.lines,
    logTail: status === 'succeeded' ? [] : output.tail(),
    resultCount: output.results.length,
    resultErrorCount: output.resultErrorCount,
    resources: tracker.usage(duration),
  };
}

/** The record of an attempt the engine could not create or start. */
export function startError(
  attempt: number,
  container: Docker.Container | undefined,
  name: string,
  message: string,
): AttemptRecord {
  return {
    attempt,
    status: 'failed',
    exitCode: null,
    reason: 'StartError',
    message,
    startedAt: null,
    finishedAt: null,
    durationSeconds: null,
    runner: { kind: 'container', id: container?.id ?? null, name },
    logLines: 0,
    logTail: [],
    resultCount: 0,
    resultErrorCount: 0,
    resources: null,
  };
}

/** The engine writes `0001-01-01T00:00:00Z` for never; RFC 3339 with nanoseconds otherwise. */
function engineTime(value: string | undefined): string | null {
  if (!value || value.startsWith('0001-')) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
