import { round } from '../../record/resources.js';
import type { ResourceUsage } from '../../record/types.js';

/** One reading of a pod's main container: from metrics.k8s.io (no CPU time) or the kubelet's summary. */
export interface PodReading {
  atMs: number;
  cpuCores: number;
  memoryBytes: number;
  /** Cumulative CPU time, only from the kubelet's summary (usageCoreNanoSeconds). */
  cpuSeconds: number | null;
}

/**
 * Peaks of a pod's sampled usage. The metrics API gives rates, not CPU time: cpuCoreSeconds is
 * recorded only when the kubelet's summary gave a cumulative figure, never integrated from rates.
 * No per-sample series is kept: I/O is not measured on Kubernetes, and a sample without it
 * would have to invent zeros.
 */
export class PodUsage {
  private peakCores: number | null = null;
  private peakMemory: number | null = null;
  private cpuSeconds: number | null = null;
  private count = 0;

  add(reading: PodReading): void {
    this.count += 1;
    this.peakCores = Math.max(this.peakCores ?? 0, reading.cpuCores);
    this.peakMemory = Math.max(this.peakMemory ?? 0, reading.memoryBytes);
    if (reading.cpuSeconds !== null) this.cpuSeconds = Math.max(this.cpuSeconds ?? 0, reading.cpuSeconds);
  }

  /** The attempt's usage: wall time from its container state, the memory limit from its spec. */
  usage(wallSeconds: number | null, memoryLimitBytes: number | null): ResourceUsage {
    const cpu = this.cpuSeconds === null ? null : round(this.cpuSeconds, 4);
    return {
      samples: [],
      summary: {
        wallSeconds,
        cpuCoreSeconds: cpu,
        averageCores: cpu !== null && wallSeconds ? round(cpu / wallSeconds, 4) : null,
        peakCores: this.peakCores === null ? null : round(this.peakCores, 4),
        peakMemoryBytes: this.peakMemory === null ? null : Math.round(this.peakMemory),
        memoryLimitBytes: memoryLimitBytes ? Math.round(memoryLimitBytes) : null,
        peakMemoryOfLimit:
          this.peakMemory !== null && memoryLimitBytes ? round(this.peakMemory / memoryLimitBytes, 4) : null,
        ioReadBytes: null,
        ioWriteBytes: null,
        samples: this.count,
      },
    };
  }
}

/** Usage of pods by uid, filled by the sampler and read when an attempt is recorded. */
export class UsageBook {
  private readonly pods = new Map<string, PodUsage>();

  add(uid: string, reading: PodReading): void {
    const usage = this.pods.get(uid) ?? new PodUsage();
    this.pods.set(uid, usage);
    usage.add(reading);
  }

  /** Wall time and limit only, when no sample was taken (metrics absent, or the pod was too quick). */
  usage(uid: string, wallSeconds: number | null, memoryLimitBytes: number | null): ResourceUsage {
    return (this.pods.get(uid) ?? new PodUsage()).usage(wallSeconds, memoryLimitBytes);
  }
}
