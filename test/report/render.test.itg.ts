// "It must really render": the comment as GitHub shows it (cmark-gfm, GitHub's HTML allowlist,
// Mermaid drawing the ```mermaid blocks) in a real headless Chromium (Debian's, driven by
// playwright-core; nothing downloads a browser), with hostile text in every field.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecord } from '../../bench/report-fixtures.js';
import { renderHtmlPage, renderReport } from '../../src/report/render/index.js';
import { scratchDir } from '../support/scratch.js';
import { HOSTILE, HOSTILE_TEXT } from './hostile.js';

// Functions passed to page.evaluate run in the browser; the project compiles without DOM types
// (they would clash with Node's), so the few globals they use are declared here, untyped.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const NodeFilter: any;

const CHROMIUM = '/usr/bin/chromium';
const SUMMARY_URL = 'https://github.com/o/r/actions/runs/42';
const SCREENSHOT = join('.pinship', 'report-comment.png');

function hostileRun() {
  const tail = HOSTILE.flatMap((t) => t.split('\n'));
  const results = (i: number) => [
    { [HOSTILE[i % HOSTILE.length]!]: HOSTILE[(i + 3) % HOSTILE.length], energy: -1 - i / 10 },
  ];
  const record = generateRecord({
    shards: 6,
    failed: new Map([
      [2, tail],
      [4, tail],
    ]),
    results,
    cpuScale: 1.3,
  });
  record.image.name = `registry.example/${HOSTILE[0]}`;
  for (const s of record.shards) if (s.status === 'failed') s.attempts[0]!.message = HOSTILE_TEXT;
  const trend = Array.from({ length: 5 }, (_, i) =>
    generateRecord({ shards: 6, id: `run-${i}`, commit: `${i}`.repeat(40), cpuScale: 1 + i / 10, results }),
  );
  return { record, baseline: trend.at(-1)!, trend };
}

/** Each of our ```mermaid blocks (they open with front matter; a hostile log's do not). */
function chartsIn(markdown: string): { title: string; values: number[] }[] {
  return [...markdown.matchAll(/^```mermaid\n---\n([\s\S]*?)\n```$/gm)].map(([, body]) => ({
    title: body!.match(/title "(.*)"/)![1]!,
    values: body!
      .match(/line \[(.*)\]/)![1]!
      .split(', ')
      .map(Number),
  }));
}

describe('the report comment in Chromium, rendered as GitHub renders it', () => {
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const { record, baseline, trend } = hostileRun();
  const metrics = [{ key: 'energy', better: 'lower' as const }];
  const report = renderReport({
    record,
    experiment: HOSTILE[1]!,
    baseline,
    trend,
    metrics,
    thresholdPct: 10,
    trendOpen: false,
    summaryUrl: SUMMARY_URL,
  });

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (it installs Debian's chromium)`);
    }
    const dir = scratchDir('pinship-render-');
    const file = join(dir, 'comment.html');
    writeFileSync(file, renderHtmlPage(report.comment, 'pinship report'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // The page needs nothing but itself: any other request is recorded and refused.
    await context.route('**/*', (route) => {
      if (route.request().url() === pathToFileURL(file).href) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => document.body.dataset.charts !== undefined, null, { timeout: 60_000 });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('draws every chart: an SVG per ```mermaid block, its line holding the run data', async () => {
    expect(await page.evaluate(() => document.body.dataset.charts)).toBe('drawn');
    const expected = chartsIn(report.comment);
    // Cores and memory over the run, then the trend: wall time, CPU and the energy metric.
    expect(expected.map((c) => c.title)).toEqual([
      'Cores in use, all shards',
      'Memory in use, all shards',
      'Wall time',
      'CPU',
      'energy (mean, lower is better)',
    ]);
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll('article svg')].map((svg) => ({
        title: svg.querySelector('.chart-title text')?.textContent ?? '',
        path: svg.querySelector('[class^="line-plot"] path')?.getAttribute('d') ?? '',
      })),
    );
    expect(drawn.map((d) => d.title)).toEqual(expected.map((c) => c.title));
    for (const [i, chart] of expected.entries()) {
      const ys = [...drawn[i]!.path.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
      expect(ys).toHaveLength(chart.values.length);
      // The line is the data: pixel height is one affine function of every value.
      const lo = chart.values.indexOf(Math.min(...chart.values));
      const hi = chart.values.indexOf(Math.max(...chart.values));
      const [vLo, vHi] = [chart.values[lo]!, chart.values[hi]!];
      const scale = vHi === vLo ? 0 : (ys[hi]! - ys[lo]!) / (vHi - vLo);
      for (const [j, v] of chart.values.entries()) expect(ys[j]).toBeCloseTo(ys[lo]! + (v - vLo) * scale, 0);
    }
  });

  it('renders tables as <table>s with one column count each', async () => {
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll('article table')].map((t) =>
        [...t.querySelectorAll('tr')].map((tr) => tr.children.length),
      ),
    );
    // Per-shard results, aggregates, resources; the folded shard list.
    expect(tables).toHaveLength(4);
    for (const rows of tables) expect(new Set(rows).size).toBe(1);
  });

  it('turns no hostile text into a link, a mention, markup or a script', async () => {
    const found = await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const outsideCharts = [...article.querySelectorAll('*')].filter((e) => !e.closest('svg, pre.mermaid'));
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const mentions: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement!.closest('code, pre, a, svg')) continue;
        const references = n.textContent!.matchAll(/(?:^|[^\w`])(@[a-z0-9][a-z0-9-]*|#\d+|GH-\d+)/gi);
        for (const m of references) mentions.push(m[1]!);
      }
      return {
        links: [...article.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        tags: [...new Set(outsideCharts.map((e) => e.tagName.toLowerCase()))].sort(),
        handlers: outsideCharts.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        mentions,
        failedShards: [...article.querySelectorAll('details > summary')].map((s) => s.textContent),
      };
    });
    expect(found.links).toEqual([]);
    expect(found.mentions).toEqual([]);
    expect(found.handlers).toBe(0);
    expect(found.tags).toEqual([
      ...['code', 'details', 'h3', 'h4', 'li', 'p', 'pre', 'strong', 'summary'],
      ...['table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'],
    ]);
    expect(found.failedShards).toEqual([
      'Shard 2: failed, Error, exit code 1, 1 attempt',
      'Shard 4: failed, Error, exit code 1, 1 attempt',
      'Shards (6)',
      'Trend: the last 6 runs of this experiment',
    ]);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('leaves a screenshot to look at', async () => {
    mkdirSync('.pinship', { recursive: true });
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((d: any) => {
        d.open = true;
      }),
    );
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });
});
