import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftOutWarnings } from '../../src/report/options.js';
import { clone, sh } from '../git/remote.js';
import { recordOf, replaceStoredRecord, reportIn, sourceRepo } from './support.js';

describe('the records branch', () => {
  it('two --store at once against a bare remote: both records land on the orphan branch', async () => {
    const { remote, commits } = sourceRepo(2);
    const [a, b] = [clone(remote), clone(remote)];
    const results = await Promise.all([
      reportIn(a, recordOf(commits[0]!, 1), { store: true }),
      reportIn(b, recordOf(commits[1]!, 2), { store: true }),
    ]);
    expect(results.map((r) => r.outcome.stored?.commit)).toEqual([
      expect.stringMatching(/^[0-9a-f]{40}$/),
      expect.stringMatching(/^[0-9a-f]{40}$/),
    ]);
    const files = sh(remote, 'ls-tree', '-r', '--name-only', 'pinship-records').trim().split('\n').sort();
    expect(files).toEqual([`default/${commits[0]}.json`, `default/${commits[1]}.json`].sort());
    // An orphan branch: no commit shared with main, one commit per stored record.
    expect(sh(remote, 'rev-list', '--count', 'pinship-records').trim()).toBe('2');
    expect(sh(remote, 'rev-list', '--max-parents=0', 'pinship-records').trim()).not.toBe(
      sh(remote, 'rev-list', '--max-parents=0', 'main').trim(),
    );
  });

  it('the baseline is the stored record of the nearest ancestor with one; the trend follows the history', async () => {
    const { remote, dir, commits } = sourceRepo(4);
    await reportIn(
      dir,
      recordOf(commits[0]!, 1, (r) => (r.durationSeconds = 100)),
      { store: true },
    );
    await reportIn(
      dir,
      recordOf(commits[1]!, 2, (r) => (r.durationSeconds = 50)),
      { store: true },
    );
    // commits[2] has no record: commits[3]'s baseline is commits[1]'s.
    const fresh = clone(remote);
    const { outcome, log } = await reportIn(fresh, recordOf(commits[3]!, 3));
    expect(outcome.prepared.input.baseline?.source.commit).toBe(commits[1]);
    expect(outcome.prepared.input.trend.map((r) => r.source.commit)).toEqual([commits[0], commits[1]]);
    expect(log.lines).toContain(`baseline: the record stored for ${commits[1]!.slice(0, 12)}`);
  });

  it("a shallow clone (actions/checkout's depth 1) finds the baseline on the fetched records branch", async () => {
    const { remote, dir, commits } = sourceRepo(3);
    await reportIn(dir, recordOf(commits[0]!, 1), { store: true });
    const shallow = join(clone(remote), '..', 'shallow');
    sh(join(shallow, '..'), 'clone', '--quiet', '--depth', '1', `file://${remote}`, shallow);
    const { outcome, log } = await reportIn(shallow, recordOf(commits[2]!, 2));
    expect(outcome.prepared.input.baseline?.source.commit).toBe(commits[0]);
    expect(log.lines.join('\n')).toContain('baseline: the most recently stored record');
  });

  it('a stored record that is not a valid run record is left out, named with why for the entry to warn', async () => {
    const { remote, dir, commits } = sourceRepo(2);
    await reportIn(dir, recordOf(commits[0]!, 1), { store: true });
    replaceStoredRecord(remote, commits[0]!, '{"apiVersion":"pinship.dev/v1","<img src=x>":1}');
    const { outcome } = await reportIn(clone(remote), recordOf(commits[1]!, 2));
    expect(outcome.prepared.input.baseline).toBeNull();
    // The entries warn of it (test/report/cli.test.dist.ts: the CLI, on stderr).
    expect(leftOutWarnings(outcome.prepared)).toEqual([
      expect.stringMatching(
        /^pinship-records:default\/[0-9a-f]{40}\.json: not a valid run record: .*; left out of the baseline and trend$/,
      ),
    ]);
  });

  it('--store refused by the remote for want of permission names contents: write', async () => {
    const { remote, dir, commits } = sourceRepo(1);
    // What GitHub answers a token without contents: write, from a hook of the bare remote.
    const hook = join(remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "Permission to acme/app.git denied to github-actions[bot]." >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const err = await reportIn(dir, recordOf(commits[0]!, 1), { store: true }).catch(
      (e: { message: string; hint?: string }) => e,
    );
    expect((err as { message: string }).message).toMatch(
      /^--store: storing default\/[0-9a-f]{40}\.json on pinship-records: pushing to origin\/pinship-records/,
    );
    expect((err as { hint: string }).hint).toMatch(/^the token needs `contents: write`/);
    expect(sh(remote, 'branch', '--list', 'pinship-records').trim()).toBe('');
  });
});
