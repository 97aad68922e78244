import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scratchDir } from '../support/scratch.js';
import type { GitHubStandIn } from '../standins/github/server.js';
import { clone } from '../git/remote.js';
import {
  commentsOn,
  gitHubWithPull,
  recordOf,
  replaceStoredRecord,
  reportIn,
  sha,
  sourceRepo,
  TOKEN,
  writeRecord,
} from './support.js';
import { bundled } from '../support/dist.js';

const CLI = bundled('cli/index.js');

let gh: GitHubStandIn | undefined;
afterEach(async () => {
  expect(gh?.problems ?? []).toEqual([]);
  await gh?.close();
  gh = undefined;
});

/** `pinship report ARGS` in `cwd` (a folder outside any clone), with only the given environment. */
async function cli(args: string[], env: Record<string, string> = {}, cwd = scratchDir('pinship-cli-')) {
  const child = spawn(process.execPath, [CLI, 'report', ...args], {
    cwd,
    env: { PATH: process.env.PATH, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const status = await new Promise<number | null>((r) => child.on('close', r));
  return { status, stdout, stderr };
}

describe('pinship report (CLI) in GitHub Actions: a record cannot issue workflow commands', () => {
  const forged = ['::add-mask::pinship', '::error::forged', '##[group]forged', '\u0085::stop-commands::x'];
  const hostileRecord = () =>
    writeRecord(
      recordOf(sha(3), 1, (r) => {
        r.shards[2]!.attempts.at(-1)!.logTail = forged;
        r.shards[0]!.results[0]!.value = { '##[group]forged': 1 };
      }),
    );

  it('prints the comment between stop-commands lines', async () => {
    const out = await cli(['--run', hostileRecord()], { GITHUB_ACTIONS: 'true' });
    expect(out.status).toBe(0);
    const lines = out.stdout.split('\n');
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0]!)?.[1];
    expect(token).toBeTruthy();
    expect(lines.at(-2)).toBe(`::${token}::`);
    expect(lines.slice(1, -2).join('\n')).toContain('::error::forged');
    // Outside Actions the comment is printed as it is.
    expect((await cli(['--run', hostileRecord()])).stdout).toMatch(/^<!-- pinship:report /);
  });

  it('prints --format json with no ##[ in it, the same JSON value', async () => {
    const out = await cli(['--run', hostileRecord(), '--format', 'json'], { GITHUB_ACTIONS: 'true' });
    expect(out.stdout).not.toContain('##[');
    expect(out.stdout).toContain('\\u0023#[group]forged');
    expect(JSON.stringify(JSON.parse(out.stdout))).toContain('##[group]forged');
  });
});

describe('pinship report (CLI)', () => {
  it('prints the comment on stdout, marker first', async () => {
    const out = await cli(['--run', writeRecord(recordOf(sha(3), 1)), '--experiment', 'nightly']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^<!-- pinship:report experiment=nightly commit=a+3 run=/);
    expect(out.stdout).toContain('pinship run `nightly`');
  });

  it('accepts a v1 record with fields this version does not know (readers ignore them)', async () => {
    const record = recordOf(sha(3), 1) as unknown as Record<string, any>;
    record.placement = { zone: 'eu-1', '<b>': 'x' };
    record.totals.gpuSeconds = 3.5;
    record.shards[0].node = 'worker-3';
    record.shards[0].attempts[0].exitSignal = null;
    const out = await cli(['--run', writeRecord(record), '--format', 'json']);
    expect(out.stderr).not.toMatch(/error/);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toBeTruthy();
  });

  it('a record that is not one: exit 1, one line naming the file and the field, nothing on stdout', async () => {
    const run = writeRecord(recordOf(sha(3), 1, (r) => ((r.shards[1] as { status: string }).status = 'exploded')));
    const out = await cli(['--run', run]);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^pinship report: error: ${run.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: /shards/1/status: ` +
          'not a valid run record: must be equal to one of the allowed values',
      ),
    );
    const notJson = join(scratchDir('pinship-cli-'), 'run.json');
    writeFileSync(notJson, '{"apiVersion": ');
    const bad = await cli(['--run', notJson]);
    expect(bad.stderr).toMatch(new RegExp(`error: ${notJson.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not JSON: `));
  });

  it('in a clone whose stored baseline is not a run record: warns on stderr naming why, and reports', async () => {
    const { remote, dir, commits } = sourceRepo(2);
    await reportIn(dir, recordOf(commits[0]!, 1), { store: true });
    replaceStoredRecord(remote, commits[0]!, '{"apiVersion":"pinship.dev/v1","<img src=x>":1}');
    const out = await cli(['--run', writeRecord(recordOf(commits[1]!, 2))], {}, clone(remote));
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/not a valid run record: .*; left out of the baseline and trend/);
    expect(out.stdout).toMatch(/^<!-- pinship:report /);
  });

  it('--post: token from GITHUB_TOKEN, API from GITHUB_API_URL, repository and PR from the env and event', async () => {
    const setup = await gitHubWithPull(sha(3));
    gh = setup.gh;
    const event = join(scratchDir('pinship-cli-'), 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: setup.pull.number, head: { sha: sha(3) }, base: { sha: sha(1) } } }),
    );
    const out = await cli(['--run', writeRecord(recordOf(sha(3), 1)), '--post', '--metric', 'energy:lower'], {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_PATH: event,
    });
    expect(out.stderr).not.toContain(TOKEN);
    expect(out.status).toBe(0);
    const [comment] = commentsOn(gh, setup.pull.number);
    expect(out.stdout).toBe(`https://github.com/acme/app/pull/${setup.pull.number}#issuecomment-${comment!.id}\n`);
    expect(setup.repo.checkRuns).toMatchObject([{ headSha: sha(3) }]);
  });

  it('--post without a token or a repository says which is missing', async () => {
    const run = writeRecord(recordOf(sha(3), 1));
    expect((await cli(['--run', run, '--post', '--repo', 'acme/app'])).stderr).toMatch(
      /error: GITHUB_TOKEN: no token to post with/,
    );
    expect((await cli(['--run', run, '--post'], { GITHUB_TOKEN: 'x' })).stderr).toMatch(
      /error: --repo: expected OWNER\/NAME, got ""/,
    );
    expect((await cli(['--run', run, '--experiment', '../x'])).stderr).toMatch(
      /error: --experiment: "..\/x" is not an experiment key/,
    );
  });
});
