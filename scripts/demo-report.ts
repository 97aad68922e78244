// The demo's report step: `pinship report` as it runs on a pull request, without posting. It
// compares the run with the record stored for the source commit (or its nearest ancestor) on
// the source repository's records branch, stores this run there (so the next `npm run demo`
// compares against it), and writes the comment it would post (comment.md) and an HTML preview
// as GitHub renders it (comment.html) beside the run record.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConsoleLogger } from '../src/log/console-logger.js';
import { makeReport } from '../src/report/make-report.js';
import { renderHtmlPage } from '../src/report/render/index.js';

const [file, source] = process.argv.slice(2);
if (!file || !source) throw new Error('usage: demo-report RUN.json SOURCE-CLONE');
const { prepared } = await makeReport({
  run: file,
  experiment: 'demo',
  metrics: [],
  thresholdPct: 10,
  store: true,
  recordsBranch: 'pinship-records',
  cwd: source,
  context: {},
  log: new ConsoleLogger(),
});

const partials = prepared.record.shards.flatMap((s) =>
  s.results.map((r) => (r.value as { partial?: unknown }).partial),
);
const numbers = partials.filter((p): p is number => typeof p === 'number');
if (numbers.length) {
  const pi = numbers.reduce((a, b) => a + b, 0);
  console.log(
    `pi ≈ ${pi.toFixed(12)} from ${numbers.length} shard results (error ${Math.abs(pi - Math.PI).toExponential(2)})`,
  );
}
const markdown = join(dirname(file), 'comment.md');
const html = join(dirname(file), 'comment.html');
writeFileSync(markdown, prepared.body);
writeFileSync(html, renderHtmlPage(prepared.rendered.comment, `pinship report: ${prepared.rendered.headline}`));
console.log(
  'baseline: ' +
    `${prepared.input.baseline ? `run ${prepared.input.baseline.id}` : 'none yet (run the demo again to compare)'}`,
);
console.log(`the comment it would post: ${markdown}`);
console.log(`its preview as GitHub renders it: ${html}`);
