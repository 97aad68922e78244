import { round } from '../record/resources.js';
import type { ResourceSample, ResourceUsage } from '../record/types.js';

/** One reading of a running shard's usage, from any backend. */
export interface UsageReading {
  /** Milliseconds since the epoch when the reading was taken. */
  atMs: number;
  /** Cores in use since the previous reading; null for the first one. */
  cpuCores: number | null;
  /** Cumulative CPU time of the shard, in core-seconds. */
  cpuSeconds: number;
  /** Working set: usage minus inactive file cache, as `docker stats` shows it. */
  memoryBytes: number;
  ioReadBytes: number;
  ioWriteBytes: number;
}

/**
 * Keeps a bounded series of samples (when it fills up, every other sample is dropped and the
 * stride doubles, so a long run keeps an even spread) while peaks are taken over every reading.
 */
export class UsageTracker {
  private samples: ResourceSample[] = [];
  private stride = 1;
  private seen = 0;
  private last: UsageReading | undefined;
  private peakCores: number | null = null;
  private peakMemory: number | null = null;

  constructor(
    private readonly startMs: number,
    private readonly memoryLimitBytes: number | null,
    private readonly maxSamples = 120,
  ) {}

  add(reading: UsageReading): void {
    this.last = reading;
    if (reading.cpuCores !== null) this.peakCores = Math.max(this.peakCores ?? 0, reading.cpuCores);
    this.peakMemory = Math.max(this.peakMemory ?? 0, reading.memoryBytes);
    if (this.seen++ % this.stride !== 0) return;
    this.samples.push({
      t: round(Math.max(0, (reading.atMs - this.startMs) / 1000), 3),
      cpuCores: round(reading.cpuCores ?? 0, 4),
      memoryBytes: reading.memoryBytes,
      ioReadBytes: reading.ioReadBytes,
      ioWriteBytes: reading.ioWriteBytes,
    });
    if (this.samples.length >= this.maxSamples) {
      this.samples = this.samples.filter((_, i) => i % 2 === 0);
      this.stride *= 2;
    }
  }

  /** The samples and their summary, for an attempt that ran `wallSeconds`. */
  usage(wallSeconds: number | null): ResourceUsage {
    const cpu = this.last ? round(this.last.cpuSeconds, 4) : null;
    return {
      samples: this.samples,
      summary: {
        wallSeconds,
        cpuCoreSeconds: cpu,
        averageCores: cpu !== null && wallSeconds ? round(cpu / wallSeconds, 4) : null,
        peakCores: this.peakCores === null ? null : round(this.peakCores, 4),
        peakMemoryBytes: this.peakMemory,
        memoryLimitBytes: this.memoryLimitBytes,
        peakMemoryOfLimit:
          this.peakMemory !== null && this.memoryLimitBytes ? round(this.peakMemory / this.memoryLimitBytes, 4) : null,
        ioReadBytes: this.last?.ioReadBytes ?? null,
        ioWriteBytes: this.last?.ioWriteBytes ?? null,
        samples: this.seen,
      },
    };
  }
}
