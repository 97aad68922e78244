import { describe, expect, it } from 'vitest';
import { combineSummaries } from '../../src/record/resources.js';
import { readingFromStats } from '../../src/run/local/stats.js';
import { UsageTracker } from '../../src/run/resource-usage.js';

describe('readingFromStats', () => {
  const base = {
    read: '2026-11-25T04:00:01.000000000Z',
    cpu_stats: { cpu_usage: { total_usage: 3_000_000_000 }, system_cpu_usage: 20_000_000_000, online_cpus: 2 },
    precpu_stats: { cpu_usage: { total_usage: 2_000_000_000 }, system_cpu_usage: 18_000_000_000 },
    blkio_stats: {
      io_service_bytes_recursive: [
        { op: 'Read', value: 10 },
        { op: 'Write', value: 20 },
        { op: 'Total', value: 30 },
      ],
    },
  };

  it('computes cores from deltas and subtracts inactive file cache (cgroup v1 names)', () => {
    const reading = readingFromStats({ ...base, memory_stats: { usage: 100, stats: { total_inactive_file: 30 } } });
    expect(reading).toEqual({
      atMs: Date.parse(base.read),
      cpuCores: 1,
      cpuSeconds: 3,
      memoryBytes: 70,
      ioReadBytes: 10,
      ioWriteBytes: 20,
    });
  });

  it('reads cgroup v2 names, and gives no rate on the first object of a stream', () => {
    const reading = readingFromStats({
      ...base,
      precpu_stats: {},
      memory_stats: { usage: 100, stats: { inactive_file: 40 } },
      blkio_stats: { io_service_bytes_recursive: [{ op: 'read', value: 5 }] },
    });
    expect(reading).toMatchObject({ cpuCores: null, memoryBytes: 60, ioReadBytes: 5, ioWriteBytes: 0 });
  });

  it('ignores the empty object the engine sends once the container stopped', () => {
    expect(
      readingFromStats({
        read: '0001-01-01T00:00:00Z',
        memory_stats: {},
        cpu_stats: { cpu_usage: { total_usage: 1 } },
      }),
    ).toBeNull();
  });
});

describe('UsageTracker', () => {
  it('keeps a bounded, evenly spread series while peaks see every reading', () => {
    const tracker = new UsageTracker(0, 1000, 10);
    for (let i = 0; i < 100; i++) {
      tracker.add({
        atMs: i * 1000,
        cpuCores: i === 37 ? 1.9 : 0.5,
        cpuSeconds: i * 0.5,
        memoryBytes: i === 51 ? 900 : 100,
        ioReadBytes: i,
        ioWriteBytes: 0,
      });
    }
    const usage = tracker.usage(100);
    expect(usage.samples.length).toBeLessThanOrEqual(10);
    expect(usage.samples.length).toBeGreaterThanOrEqual(5);
    const gaps = usage.samples.slice(1).map((s, i) => s.t - usage.samples[i]!.t);
    expect(new Set(gaps).size).toBe(1);
    expect(usage.summary).toMatchObject({
      peakCores: 1.9,
      peakMemoryBytes: 900,
      peakMemoryOfLimit: 0.9,
      cpuCoreSeconds: 49.5,
      averageCores: 0.495,
      samples: 100,
    });
  });

  it('has no CPU figures when no reading arrived', () => {
    expect(new UsageTracker(0, null).usage(0.2).summary).toMatchObject({
      cpuCoreSeconds: null,
      averageCores: null,
      samples: 0,
    });
  });

  it('sums CPU and takes the peak memory over attempts', () => {
    const a = new UsageTracker(0, 100);
    a.add({ atMs: 0, cpuCores: 1, cpuSeconds: 2, memoryBytes: 50, ioReadBytes: 1, ioWriteBytes: 1 });
    const b = new UsageTracker(0, 100);
    b.add({ atMs: 0, cpuCores: 0.5, cpuSeconds: 1, memoryBytes: 80, ioReadBytes: 1, ioWriteBytes: 1 });
    expect(combineSummaries([a.usage(2).summary, b.usage(1).summary])).toMatchObject({
      wallSeconds: 3,
      cpuCoreSeconds: 3,
      averageCores: 1,
      peakCores: 1,
      peakMemoryBytes: 80,
      peakMemoryOfLimit: 0.8,
    });
  });
});
