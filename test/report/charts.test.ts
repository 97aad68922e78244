import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../bench/report-fixtures.js';
import type { RunRecord } from '../../src/record/types.js';
import { mermaidChart, mermaidText } from '../../src/report/render/charts.js';
import { usageCharts } from '../../src/report/render/resources-section.js';
import { usageSeries } from '../../src/report/render/series.js';

const MIB = 2 ** 20;
const CONFIG = [
  '---',
  'config:',
  '  xyChart: { width: 700, height: 320 }',
  '  themeVariables:',
  '    xyChart: { plotColorPalette: "#0969da" }',
  '---',
];

/** Two shards on a 10 s run: shard 0 from 0 s to 4 s, shard 1 from 2 s to 5 s. */
function twoShards(): RunRecord {
  const record = generateRecord({ shards: 2, parallelism: 2, shardSeconds: 9 });
  record.durationSeconds = 10;
  const set = (i: number, start: number, seconds: number, samples: [number, number, number][]) => {
    const a = record.shards[i]!.attempts[0]!;
    a.startedAt = new Date(Date.parse(record.startedAt) + start * 1000).toISOString();
    a.durationSeconds = seconds;
    a.resources!.samples = samples.map(([t, cpuCores, mib]) => ({
      t,
      cpuCores,
      memoryBytes: mib * MIB,
      ioReadBytes: 0,
      ioWriteBytes: 0,
    }));
  };
  set(0, 0, 4, [
    [0.5, 1, 100],
    [1.5, 2, 200],
  ]);
  set(1, 2, 3, [
    [0.5, 0.5, 50],
    [0.7, 1.5, 150],
  ]);
  return record;
}

describe('usageSeries', () => {
  it('puts samples on the run clock (attempt start + t), holds each until its attempt ends, sums over shards', () => {
    const series = usageSeries(twoShards(), 60)!;
    expect(series.t).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Shard 0 counts from its first sample (0.5 s: half of bucket 0) to its end (4 s); shard 1's
    // two samples share bucket 2 (2.5 s and 2.7 s: averaged to 1 core, 100 MiB, for half of it).
    expect(series.cores).toEqual([0.5, 2, 2.5, 3, 1, 0, 0, 0, 0, 0]);
    expect(series.memoryBytes.map((b) => b / MIB)).toEqual([50, 200, 250, 300, 100, 0, 0, 0, 0, 0]);
  });

  it('bounds the points for long runs, whatever the number of samples', () => {
    const record = generateRecord({ shards: 40, parallelism: 10, shardSeconds: 600, samples: 120 });
    const series = usageSeries(record, 60)!;
    expect(series.cores).toHaveLength(60);
    // 10 shards at 0.5 cores run at any time once the first wave has started.
    expect(Math.max(...series.cores)).toBeCloseTo(5, 6);
    expect(series.cores[7]).toBeCloseTo(5, 6);
  });

  it('is null when nothing was sampled', () => {
    const record = generateRecord({ shards: 2 });
    for (const s of record.shards) s.attempts[0]!.resources = null;
    expect(usageSeries(record, 60)).toBeNull();
  });
});

describe('Mermaid charts', () => {
  it('draws cores and memory over the run as xychart-beta lines holding the series', () => {
    const text = usageCharts(usageSeries(twoShards(), 60)!);
    expect(text).toBe(
      [
        '```mermaid',
        ...CONFIG,
        'xychart-beta',
        '  title "Cores in use, all shards"',
        '  x-axis "seconds since the run started" 0 --> 10',
        '  y-axis "cores"',
        '  line [0.5, 2, 2.5, 3, 1, 0, 0, 0, 0, 0]',
        '```',
        '',
        '```mermaid',
        ...CONFIG,
        'xychart-beta',
        '  title "Memory in use, all shards"',
        '  x-axis "seconds since the run started" 0 --> 10',
        '  y-axis "MiB"',
        '  line [50, 200, 250, 300, 100, 0, 0, 0, 0, 0]',
        '```',
      ].join('\n'),
    );
  });

  it('reduces user text in titles and labels to characters that cannot leave a quoted label', () => {
    const hostile = 'x"] ; click A href "javascript:alert(1)"\n%%{init: {"theme":"dark"}}%% `@me` <b>';
    expect(mermaidText('x"] ; %%{init}%% `@me` <b>\nnext')).toBe('x__ _ ___init___ __me_ _b__next');
    expect(mermaidText(hostile)).toBe('x__ _ click A href _javascript:alert(1)_____init: __theme_:…');
    const x = { categories: [hostile, 'ok'] };
    const chart = mermaidChart({ title: hostile, yLabel: hostile, x, values: [1, NaN] });
    const body = chart.split('\n').slice(1 + CONFIG.length, -1);
    // Each line keeps its shape once its quoted strings are taken out: nothing leaked out of them.
    const shapes = body.map((line) => line.replace(/"[^"]*"/g, 'S'));
    expect(shapes).toEqual(['xychart-beta', '  title S', '  x-axis [S, S]', '  y-axis S', '  line [1, 0]']);
    for (const line of body) expect(line).not.toMatch(/%%|[<>`;{}]/);
    expect(body.at(-1)).toBe('  line [1, 0]');
  });
});
