import type Docker from 'dockerode';
import { readJsonLines } from '../../docker/json-stream.js';
import type { UsageReading, UsageTracker } from '../resource-usage.js';

/** The parts of the engine's stats JSON we read (cgroup v1 and v2 name some fields differently). */
interface EngineStats {
  read?: string;
  cpu_stats?: {
    cpu_usage?: { total_usage?: number; percpu_usage?: number[] };
    system_cpu_usage?: number;
    online_cpus?: number;
  };
  precpu_stats?: { cpu_usage?: { total_usage?: number }; system_cpu_usage?: number };
  memory_stats?: { usage?: number; stats?: Record<string, number> };
  blkio_stats?: { io_service_bytes_recursive?: { op: string; value: number }[] | null };
}

/** Turns one stats object into a reading; null when the container is no longer running. */
export function readingFromStats(stats: EngineStats): UsageReading | null {
  const usage = stats.memory_stats?.usage;
  const cpuTotal = stats.cpu_stats?.cpu_usage?.total_usage;
  if (usage === undefined || cpuTotal === undefined || !stats.read || stats.read.startsWith('0001-')) return null;
  const cpuDelta = cpuTotal - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
  const online = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
  // The first object of a stream has no previous reading (precpu is zero): no rate yet.
  const hasPrevious = Boolean(stats.precpu_stats?.system_cpu_usage);
  const cpuCores = hasPrevious && systemDelta > 0 && cpuDelta >= 0 ? (cpuDelta / systemDelta) * online : null;
  // As the docker CLI computes "MEM USAGE": minus inactive page cache (cgroup v1 total_inactive_file,
  // v2 inactive_file), which the kernel reclaims before it would OOM-kill.
  const memStats = stats.memory_stats?.stats ?? {};
  const inactive = memStats.total_inactive_file ?? memStats.inactive_file ?? 0;
  const memoryBytes = inactive < usage ? usage - inactive : usage;
  let ioReadBytes = 0;
  let ioWriteBytes = 0;
  for (const entry of stats.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = entry.op.toLowerCase();
    if (op === 'read') ioReadBytes += entry.value;
    else if (op === 'write') ioWriteBytes += entry.value;
  }
  return { atMs: Date.parse(stats.read), cpuCores, cpuSeconds: cpuTotal / 1e9, memoryBytes, ioReadBytes, ioWriteBytes };
}

/**
 * Follows a running container's stats stream (one JSON object a line, about once a second) into
 * `tracker` until the returned stop function is called. Never waits and never throws: the engine
 * may answer slowly or refuse once the container stopped, and usage is worth one sample, not the run.
 */
export function followStats(container: Docker.Container, tracker: UsageTracker): () => void {
  let stream: (NodeJS.ReadableStream & { destroy?: () => void }) | undefined;
  let stopped = false;
  container
    .stats({ stream: true })
    .then((opened) => {
      stream = opened as typeof stream;
      if (stopped) return stream?.destroy?.();
      follow(opened, tracker);
    })
    .catch(() => {});
  return () => {
    stopped = true;
    stream?.destroy?.();
  };
}

function follow(stream: NodeJS.ReadableStream, tracker: UsageTracker): void {
  const add = (stats: EngineStats) => {
    try {
      const reading = readingFromStats(stats);
      if (reading) tracker.add(reading);
    } catch {
      // An unexpected object costs one sample.
    }
  };
  // A torn line costs one sample; errors after the container stopped (the engine closes the stream) are expected.
  readJsonLines<EngineStats>(stream, add, () => {}).catch(() => {});
}
