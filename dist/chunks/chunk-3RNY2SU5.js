import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/record/resources.ts
function combineSummaries(summaries) {
  if (summaries.length === 0) return null;
  const sum = (pick) => {
    const values = summaries.map(pick).filter((v) => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  const max = (pick) => {
    const values = summaries.map(pick).filter((v) => v !== null);
    return values.length ? Math.max(...values) : null;
  };
  const wall = sum((s) => s.wallSeconds);
  const cpu = sum((s) => s.cpuCoreSeconds);
  const peakMemory = max((s) => s.peakMemoryBytes);
  const limit = summaries[0].memoryLimitBytes;
  return {
    wallSeconds: wall === null ? null : round(wall, 3),
    cpuCoreSeconds: cpu === null ? null : round(cpu, 4),
    averageCores: cpu !== null && wall ? round(cpu / wall, 4) : null,
    peakCores: max((s) => s.peakCores),
    peakMemoryBytes: peakMemory,
    memoryLimitBytes: limit,
    peakMemoryOfLimit: peakMemory !== null && limit ? round(peakMemory / limit, 4) : null,
    ioReadBytes: sum((s) => s.ioReadBytes),
    ioWriteBytes: sum((s) => s.ioWriteBytes),
    samples: summaries.reduce((n, s) => n + s.samples, 0)
  };
}
function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export {
  combineSummaries,
  round
};
