import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGitHubClient } from '../../src/github/client.js';
import type { GitHubContext } from '../../src/github/context.js';
import { makeReport, type ReportOptions } from '../../src/report/make-report.js';
import type { RunRecord } from '../../src/record/types.js';
import { bareRemote, clone, sh } from '../git/remote.js';
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

export interface Reported {
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
): Promise<Reported> {
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

/** A source repository with `n` commits on main, pushed to a bare remote; resolves to a clone and the shas. */
export function sourceRepo(n: number) {
  const remote = bareRemote({ 'README.md': 'app\n' });
  const dir = clone(remote);
  const commits = [sh(dir, 'rev-parse', 'HEAD').trim()];
  for (let i = 1; i < n; i++) {
    sh(dir, 'commit', '--quiet', '--allow-empty', '-m', `change ${i}`);
    commits.push(sh(dir, 'rev-parse', 'HEAD').trim());
  }
  sh(dir, 'push', '--quiet', 'origin', 'HEAD:main');
  return { remote, dir, commits };
}

/** `makeReport` as `pinship report --run FILE [--store]` run inside `dir`, printing only. */
export async function reportIn(
  dir: string,
  record: RunRecord,
  options: { store?: boolean; experiment?: string } = {},
): Promise<Reported> {
  const log = new MemoryLogger();
  const outcome = await makeReport({
    run: writeRecord(record),
    experiment: options.experiment ?? 'default',
    metrics: [],
    thresholdPct: 10,
    store: options.store ?? false,
    recordsBranch: 'pinship-records',
    cwd: dir,
    context: {},
    log,
  });
  return { outcome, log };
}

/** Overwrites the record stored for `commit` on the remote's pinship-records branch with `text`, as a push would. */
export function replaceStoredRecord(remote: string, commit: string, text: string): void {
  const editor = clone(remote);
  sh(editor, 'fetch', '--quiet', 'origin', 'pinship-records');
  sh(editor, 'checkout', '--quiet', 'FETCH_HEAD');
  writeFileSync(join(editor, 'default', `${commit}.json`), text);
  sh(editor, 'commit', '--quiet', '-am', 'tamper');
  sh(editor, 'push', '--quiet', 'origin', 'HEAD:pinship-records');
}
