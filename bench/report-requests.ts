// GitHub API requests per report, counted at the GitHub stand-in (test/standins/github), for the
// cases a pull request sees: the first report (create), a new push's report (update), with and
// without the check, on pull requests with under 100 comments (one page) and with 250 (three).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubClient } from '../src/github/client.js';
import { silentLogger } from '../src/log/silent-logger.js';
import { makeReport } from '../src/report/make-report.js';
import { startGitHubStandIn } from '../test/standins/github/server.js';
import { generateRecord } from './report-fixtures.js';

const TOKEN = 'bench';
const sha = (n: number) => n.toString(16).padStart(40, '0');

/** Rows of the benchmark table: case, requests, target, ok. */
export async function measureRequests(): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-bench-requests-'));
  const gh = await startGitHubStandIn({ token: TOKEN });
  try {
    const repo = gh.state.addRepo('acme/app');
    const client = createGitHubClient({ token: TOKEN, baseUrl: gh.url });
    const report = async (pr: number, n: number, check: boolean) => {
      const record = generateRecord({ shards: 8, samples: 10, id: `20261125-04000${n}-bench${n}` });
      record.source = { commit: sha(n), from: 'option' };
      record.startedAt = `2026-11-25T04:0${n}:00.000Z`;
      const run = join(dir, `run-${pr}-${n}.json`);
      writeFileSync(run, JSON.stringify(record));
      const before = gh.requests.length;
      const context = {
        repository: 'acme/app',
        eventName: 'pull_request',
        pullRequest: { number: pr, headSha: sha(n), baseSha: sha(0), fork: false },
      };
      await makeReport({
        run,
        experiment: 'default',
        metrics: [],
        thresholdPct: 10,
        store: false,
        recordsBranch: 'pinship-records',
        cwd: dir,
        context,
        post: { client, owner: 'acme', repo: 'app', check },
        log: silentLogger,
      });
      if (gh.problems.length) throw new Error(`stand-in problems: ${gh.problems.join('; ')}`);
      return gh.requests.length - before;
    };
    const pull = (comments: number) => {
      const pr = gh.state.addPull(repo, { head: `feature-${comments}`, headSha: sha(1) });
      for (let i = 0; i < comments; i++) gh.state.addComment(repo, pr.number, `comment ${i}`);
      return pr.number;
    };
    const small = pull(98);
    const rows: string[][] = [];
    const row = (what: string, n: number, target?: number) =>
      rows.push([
        what,
        String(n),
        target === undefined ? '' : `≤ ${target}`,
        target === undefined ? '' : n <= target ? 'yes' : 'no',
      ]);
    row(
      'first report on a PR with 98 comments (list, create, list again), with the check',
      await report(small, 1, true),
    );
    row('update on a PR with 99 comments (list, update), with the check run', await report(small, 2, true), 3);
    row('update on a PR with 99 comments, check: false', await report(small, 3, false), 3);
    const big = pull(250);
    await report(big, 1, false);
    row('update on a PR with 251 comments (3 pages), check: false', await report(big, 2, false));
    return rows;
  } finally {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
