import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubContext } from '../../src/github/context.js';
import { makeReport, type ReportOptions } from '../../src/report/make-report.js';
import type { RunRecord } from '../../src/record/types.js';
import { MemoryLogger } from '../run/support-log.js';
import { scratchDir } from '../support/scratch.js';
import { startGitHubStandIn, type GitHubStandIn, type StandInOptions } from '../standins/github/server.js';

export const TOKEN = 'ghs_report_test_token';
export const sha = (n: number) => n.toString(16).padStart(40, 'a');

const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../record/fixtures/run-record.json'), 'utf8'),
) as RunRecord;

/** The example record as run `n` of `commit`, started `n` minutes after 04:00. */
export function recordOf(commit: string, n: number, change: (r: RunRecord) => void = () => {}): RunRecord {
  const record = structuredClone(example);
  record.id = `20261125-04${String(n).padStart(2, '0')}00-${commit.slice(0, 6)}`;
  record.source = { commit, from: 'option' };
  record.startedAt = `2026-11-25T04:${String(n).padStart(2, '0')}:00.000Z`;
  record.finishedAt = `2026-11-25T04:${String(n).padStart(2, '0')}:30.000Z`;
  change(record);
  return record;
}

/** Writes a record to a scratch file and resolves to its path. */
export function writeRecord(record: unknown, dir = scratchDir('pinship-report-')): string {
  const file = join(dir, `run-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(record));
  return file;
}

/** A stand-in with repository acme/app and one open pull request whose head is `headSha`. */
export async function gitHubWithPull(headSha: string, options: StandInOptions = {}) {
  const gh = await startGitHubStandIn({ token: TOKEN, ...options });
  const repo = gh.state.addRepo('acme/app');
  const pull = gh.state.addPull(repo, { head: 'feature', headSha, baseSha: sha(1) });
  return { gh, repo, pull };
}

export interface Posted {
  log: MemoryLogger;
  outcome: Awaited<ReturnType<typeof makeReport>>;
}

/**
 * Runs `makeReport` with --post against the stand-in, outside any clone (no records branch),
 * as a pull_request job of the same repository unless `context` says otherwise.
 */
export async function postReport(
  gh: GitHubStandIn,
  record: RunRecord | string,
  options: {
    context?: GitHubContext;
    pr?: number;
    experiment?: string;
    check?: boolean;
    overrides?: Partial<ReportOptions>;
  } = {},
): Promise<Posted> {
  const log = new MemoryLogger();
  const client = createGitHubClient({ token: TOKEN, baseUrl: gh.url, log, retryAfterBaseValue: 5 });
  const outcome = await makeReport({
    run: typeof record === 'string' ? record : writeRecord(record),
    experiment: options.experiment ?? 'default',
    metrics: [],
    thresholdPct: 10,
    store: false,
    recordsBranch: 'pinship-records',
    cwd: scratchDir('pinship-nogit-'),
    context: options.context ?? { repository: 'acme/app', eventName: 'pull_request' },
    post: { client, owner: 'acme', repo: 'app', pr: options.pr, check: options.check ?? false },
    log,
    ...options.overrides,
  });
  return { log, outcome };
}

/** The bodies of acme/app's comments on `pr`, oldest first. */
export function commentsOn(gh: GitHubStandIn, pr: number): { id: number; body: string; user: string }[] {
  return gh.state
    .repo('acme', 'app')!
    .comments.filter((c) => c.issueNumber === pr)
    .sort((a, b) => a.id - b.id);
}
