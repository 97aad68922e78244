import { describe, expect, it } from 'vitest';
import { assertRecordOfRun, capConclusion, staleRun } from '../../src/report/run-verification.js';
import { recordOf, sha } from './support.js';

describe('capConclusion: the check is never better than the workflow run', () => {
  it.each([
    ['success', 'success', 'success'],
    ['success', 'failure', 'failure'],
    ['success', 'timed_out', 'timed-out'],
    ['success', 'cancelled', 'cancelled'],
    ['success', 'neutral', 'failure'],
    ['success', 'action_required', 'failure'],
    ['success', null, 'failure'],
    ['failure', 'success', 'failure'],
    ['timed-out', 'failure', 'timed-out'],
  ] as const)('record %s, run %s: %s', (own, run, capped) => {
    expect(capConclusion(own, run)).toBe(capped);
  });

  it('outside a workflow_run (no run conclusion) the record decides', () => {
    expect(capConclusion('success', undefined)).toBe('success');
  });
});

describe('assertRecordOfRun', () => {
  it("passes the run's own record", () => {
    expect(() => assertRecordOfRun(recordOf(sha(3), 1), { id: 9, headSha: sha(3) }, 'run.json')).not.toThrow();
  });

  it('refuses a record without a commit, saying so', () => {
    const record = recordOf(sha(3), 1, (r) => (r.source = { commit: null, from: 'none' } as never));
    expect(() => assertRecordOfRun(record, { id: 9, headSha: sha(3) }, 'run.json')).toThrow(
      'run.json: /source/commit: refusing to post: the record is of commit "none", ' +
        `but workflow run 9 ran commit ${sha(3)}`,
    );
  });
});

describe('staleRun', () => {
  const run = { headSha: sha(3), headOwner: 'someone', headBranch: 'feature' };
  it('undefined when the pull request is at the run head', () => {
    expect(staleRun(run, { number: 4, headSha: sha(3), baseSha: sha(1) })).toBeUndefined();
  });
  it('names both commits when the pull request moved on', () => {
    expect(staleRun(run, { number: 4, headSha: sha(5), baseSha: sha(1) })).toBe(
      `not posted: pull request #4 is now at ${sha(5)}, the run was of ${sha(3)} ` +
        "(the newer commit's run posts its own)",
    );
  });
});
