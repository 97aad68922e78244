import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../bench/report-fixtures.js';
import type { RunRecord } from '../../src/record/types.js';
import { COMMENT_BUDGET, SUMMARY_BUDGET, renderReport, type ReportInput } from '../../src/report/render/index.js';
import { elements, githubReferences, githubTree, textOf } from '../support/github-html.js';
import { HOSTILE, HOSTILE_TEXT } from './hostile.js';

const SUMMARY_URL = 'https://github.com/o/r/actions/runs/42';

function input(over: Partial<ReportInput>): ReportInput {
  return {
    record: generateRecord({ shards: 4 }),
    experiment: 'default',
    baseline: null,
    trend: [],
    metrics: [],
    thresholdPct: 10,
    trendOpen: false,
    summaryUrl: SUMMARY_URL,
    ...over,
  };
}

/** A run whose every piece of text came from a hostile program or user. */
function hostileRecord(shards: number, logLines: number, lineLength: number, scale = 1): RunRecord {
  const line = (i: number) => `${HOSTILE[i % HOSTILE.length]} `.repeat(lineLength / 40).slice(0, lineLength);
  const tail = Array.from({ length: logLines }, (_, i) => line(i));
  const record = generateRecord({
    shards,
    failed: new Map(Array.from({ length: shards }, (_, i) => [i, tail] as const).filter(([i]) => i % 2 === 0)),
    results: (i) => [
      {
        [HOSTILE[i % HOSTILE.length]!]: HOSTILE[(i + 1) % HOSTILE.length],
        [HOSTILE[5]!]: (i + 1) * scale,
        energy: i * scale,
        [`k${i % 50}`]: i,
      },
    ],
  });
  record.image.ref = `evil.example/${HOSTILE_TEXT}`;
  record.image.name = `evil.example/${HOSTILE_TEXT}`;
  record.image.digest = null;
  record.source.commit = HOSTILE_TEXT;
  for (const s of record.shards) if (s.status === 'failed') s.attempts[0]!.message = HOSTILE_TEXT;
  record.rollouts = [
    {
      name: HOSTILE[0]!,
      namespace: HOSTILE[3]!,
      revision: HOSTILE[4]!,
      replicas: { desired: 2, updated: 2, ready: 1, available: 1 },
      conclusion: 'failure',
      message: HOSTILE_TEXT,
      startedAt: record.startedAt,
      finishedAt: record.finishedAt,
    },
  ];
  if (shards > 1) {
    record.shards[1]!.resultErrors = [{ attempt: 1, line: 3, message: HOSTILE_TEXT, text: HOSTILE_TEXT }];
    record.totals.resultErrors = 1;
  }
  return record;
}

/** What a reader of the rendered comment could click or be notified by, and what markup there is. */
function inertness(tree: Root) {
  return {
    links: elements(tree, 'a').map((a) => a.properties.href),
    references: githubReferences(tree),
    markup: [...new Set(elements(tree).map((e) => e.tagName))].sort(),
  };
}

// Elements our report itself writes; anything else came from the untrusted text.
const OURS = [
  ...['a', 'code', 'details', 'em', 'h3', 'h4', 'li', 'p', 'pre', 'strong', 'summary'],
  ...['table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'],
];

describe('renderReport with hostile text everywhere', () => {
  const record = hostileRecord(6, 20, 300, 2);
  const baseline = hostileRecord(6, 1, 10);
  const metrics = [
    { key: HOSTILE[5]!, better: 'lower' as const },
    { key: 'energy', better: 'higher' as const },
  ];
  const report = renderReport(input({ record, baseline, trend: [baseline], experiment: HOSTILE_TEXT, metrics }));

  for (const [name, markdown] of [
    ['comment', report.comment],
    ['job summary', report.summary],
  ] as const) {
    it(`${name}: no link but ours, no mention or reference, no markup but ours`, () => {
      const tree = githubTree(markdown);
      const found = inertness(tree);
      expect(found.links.every((href) => href === SUMMARY_URL)).toBe(true);
      expect(found.references).toEqual([]);
      expect(found.markup.filter((tag) => !OURS.includes(tag))).toEqual([]);
    });

    it(`${name}: every table keeps its columns, every <details> holds its own shard`, () => {
      const tree = githubTree(markdown);
      for (const table of elements(tree, 'table')) {
        const cells = (tr: Element) => elements(tr).filter((e) => e.tagName === 'td' || e.tagName === 'th');
        const widths = elements(table, 'tr').map((tr) => cells(tr).length);
        expect(new Set(widths).size).toBe(1);
      }
      const summaries = elements(tree, 'details').map((d) => textOf(elements(d, 'summary')[0]!));
      expect(summaries.filter((s) => s.startsWith('Shard '))).toEqual([
        'Shard 0: failed, Error, exit code 1, 1 attempt',
        'Shard 2: failed, Error, exit code 1, 1 attempt',
        'Shard 4: failed, Error, exit code 1, 1 attempt',
      ]);
      // Each shard's log is one code block inside its own <details>.
      for (const details of elements(tree, 'details').filter((d) => textOf(d).startsWith('Shard '))) {
        expect(elements(details, 'pre')).toHaveLength(1);
      }
    });
  }

  it('the same text unescaped would have made links, mentions and markup (the checks above can fail)', () => {
    const found = inertness(githubTree(`${HOSTILE.join('\n\n')}\n`));
    expect(found.links.length).toBeGreaterThan(0);
    expect(found.references).toEqual(expect.arrayContaining(['@octocat', '@github', '#1', 'GH-2']));
    expect(found.markup).toEqual(expect.arrayContaining(['img', 'h1', 'strong']));
  });

  it('lists the regressions of metrics named by hostile keys as inert Markdown', () => {
    expect(report.regressions.length).toBeGreaterThan(0);
    for (const line of report.regressions) expect(inertness(githubTree(line)).references).toEqual([]);
  });
});

describe('size budget', () => {
  it('5,000 shards, half failed with long hostile logs, and many keys: the comment fits, the summary too', () => {
    const record = hostileRecord(5000, 200, 5000);
    const report = renderReport(input({ record, baseline: record, trend: [record] }));
    expect(report.comment.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(Buffer.byteLength(report.summary)).toBeLessThanOrEqual(SUMMARY_BUDGET);
    // What did not fit is counted and pointed to.
    expect(report.comment).toMatch(
      /…and \d+ more failed shards: see \[the job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/42\)/,
    );
    const tree = githubTree(report.comment);
    expect(elements(tree, 'table').length).toBeGreaterThanOrEqual(2);
    expect(textOf(tree)).toContain('2500/5000 succeeded, 2500 failed');
  });

  it('one shard whose log is a single 10 MB hostile line still fits', () => {
    const record = hostileRecord(1, 1, 10_000_000);
    const report = renderReport(input({ record }));
    expect(report.comment.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(Buffer.byteLength(report.summary)).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(inertness(githubTree(report.comment)).references).toEqual([]);
  });
});

describe('renderReport content', () => {
  it('at a glance: conclusion, shards, duration, image by short digest, commit', () => {
    const report = renderReport(input({}));
    expect(report.headline).toBe('success: 4/4 shards succeeded in 11.0s');
    expect(report.conclusion).toBe('success');
    expect(report.comment.split('\n').slice(0, 7)).toEqual([
      '### ✅ pinship run `default`: success',
      '',
      '- **Shards**: 4/4 succeeded',
      '- **Duration**: 11.0 s',
      '- **Image**: `registry.example/team/compute` @ `sha256:bbbbbbbbbbbb`',
      '- **Commit**: `3f2c1e0d9b8a`',
      '- **Baseline**: none found for this experiment at the base',
    ]);
  });

  it('says where a commit pinship found came from (the image label, the pin commit)', () => {
    const record = generateRecord({ shards: 1 });
    record.source = { commit: 'ab'.repeat(20), from: 'pin-commit' };
    expect(renderReport(input({ record })).comment).toContain(
      "- **Commit**: `abababababab` (the pin commit's Pinship-Source)\n",
    );
    record.source = { commit: 'ab'.repeat(20), from: 'image-label' };
    expect(renderReport(input({ record })).comment).toContain(
      "- **Commit**: `abababababab` (the image's revision label)\n",
    );
  });

  it('lists results per shard for small runs, and only aggregates for large ones', () => {
    const small = renderReport(input({})).comment;
    expect(small).toContain('| Shard | Status | Lines | `shard` | `points` | `partial` | `status` |');
    expect(small).toContain('| `partial` | 4 | 0.785398 | 0.567588 | 0.979915 | 3.14159 |  |');
    expect(small).toContain('| `status` | 0 |  |  |  |  | `even` ×2, `odd` ×2 |');
    const large = renderReport(input({ record: generateRecord({ shards: 100 }) })).comment;
    expect(large).not.toContain('| Shard | Status | Lines |');
    expect(large).toContain('| `partial` | 100 | 0.0314159 | 0.0201003 | 0.0399987 | 3.14159 |  |');
  });

  it('folds each failed shard with its reason and last log lines', () => {
    const record = generateRecord({ shards: 3, failed: new Map([[1, ['step 1', 'stderr: diverged at step 17']]]) });
    const report = renderReport(input({ record }));
    expect(report.comment).toContain(
      [
        '<details><summary>Shard 1: failed, Error, exit code 1, 1 attempt</summary>',
        '',
        'Last 2 log lines of 4:',
        '',
        '```\nstep 1\nstderr: diverged at step 17\n```',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(report.headline).toBe('failure: 2/3 shards succeeded, 1 did not (Error) in 11.0s');
  });

  it('shows the trend of up to 20 runs with the current one last, open or folded', () => {
    const stored = (i: number) => generateRecord({ shards: 2, id: `run-${i}`, commit: `${i}`.padStart(40, 'a') });
    const trend = Array.from({ length: 25 }, (_, i) => stored(i));
    const metrics = [{ key: 'partial', better: 'higher' as const }];
    const folded = renderReport(input({ trend, metrics })).comment;
    const open = renderReport(input({ trend, metrics, trendOpen: true })).comment;
    expect(folded).toContain('<details><summary>Trend: the last 20 runs of this experiment</summary>');
    expect(open).toContain('<details open><summary>Trend: the last 20 runs of this experiment</summary>');
    const labels = folded.match(/x-axis \[(.*)\]/)![1]!.split(', ');
    expect(labels).toHaveLength(20);
    // Commits that share their first 7 digits are numbered: equal labels would be one category.
    expect(labels.slice(0, 2)).toEqual(['"aaaaaaa (1)"', '"aaaaaaa (2)"']);
    expect(labels.at(-1)).toBe('"3f2c1e0"');
    expect(folded).toContain('title "partial (mean, higher is better)"');
    const tree = githubTree(folded);
    const isChart = (c: Element) => (c.properties.className as string[] | undefined)?.includes('language-mermaid');
    expect(elements(tree, 'code').filter(isChart)).toHaveLength(5);
  });

  it('a run stopped before any shard started: no results, no samples, counted shards', () => {
    const record = generateRecord({ shards: 3 });
    for (const shard of record.shards) {
      Object.assign(shard, { status: 'not-started', attempts: [], results: [], resources: null });
    }
    Object.assign(record.totals, { succeeded: 0, notStarted: 3, attempts: 0, results: 0, cpuCoreSeconds: 0 });
    record.totals.peakMemoryBytes = null;
    record.conclusion = 'cancelled';
    record.durationSeconds = 0;
    record.cancellation = { reason: 'signal', at: record.startedAt, message: 'SIGINT' };
    const report = renderReport(input({ record, baseline: generateRecord({ shards: 3 }) }));
    expect(report.comment).toContain('- **Shards**: 0/3 succeeded, 3 not started');
    expect(report.comment).toContain('- **Duration**: 0.0 s (stopped: signal)');
    expect(report.comment).toContain('No result lines');
    expect(report.comment).toContain('No resource samples were recorded.');
    expect(report.comment).toContain('3 shards did not start before the run stopped.');
    expect(report.comment).toContain('| Peak cores (all shards) | not measured | 1.5 |  |');
  });

  it('shards that ended before the first usage sample: CPU and average cores are "not measured", not 0', () => {
    const record = generateRecord({ shards: 2 });
    for (const shard of record.shards) {
      for (const attempt of shard.attempts) attempt.resources = null;
      shard.resources = {
        wallSeconds: 0.3,
        cpuCoreSeconds: null,
        averageCores: null,
        peakCores: null,
        peakMemoryBytes: null,
        memoryLimitBytes: null,
        peakMemoryOfLimit: null,
        ioReadBytes: null,
        ioWriteBytes: null,
        samples: 0,
      };
    }
    Object.assign(record.totals, { cpuCoreSeconds: 0, peakMemoryBytes: null });
    const report = renderReport(input({ record, baseline: generateRecord({ shards: 2 }) }));
    expect(report.comment).toContain('No resource samples were recorded.');
    expect(report.comment).toMatch(/^\| CPU \| not measured \| [\d.]+ core·s \| {2}\|$/m);
    expect(report.comment).toMatch(/^\| Average cores \| not measured \| [\d.]+ \| {2}\|$/m);
    expect(report.comment).not.toContain('| 0 core·s');
    expect(report.regressions.filter((r) => r.startsWith('CPU') || r.startsWith('Average'))).toEqual([]);
  });

  it('shows rollouts when the run had any', () => {
    const record = generateRecord({ shards: 1 });
    record.rollouts = [
      {
        name: 'api',
        namespace: 'prod',
        revision: '7',
        replicas: { desired: 3, updated: 3, ready: 3, available: 3 },
        conclusion: 'success',
        message: null,
        startedAt: record.startedAt,
        finishedAt: record.finishedAt,
      },
    ];
    const report = renderReport(input({ record }));
    expect(report.comment).toContain('- **Rollouts**: 1/1 succeeded');
    expect(report.comment).toContain('| `prod/api` | `7` | success | 3/3 ready, 3 updated |  |');
    expect(report.headline).toBe('success: 1/1 shards succeeded in 11.0s; rollouts 1/1 succeeded');
  });
});
