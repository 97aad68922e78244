import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTrust, inputTagPrefix } from '../../src/build/trust.js';
import { commitTags, sanitizeTag } from '../../src/build/tags.js';
import { tempDir } from './helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

function eventFile(payload: unknown): string {
  const t = tempDir();
  cleanup = t.cleanup;
  writeFileSync(`${t.dir}/event.json`, JSON.stringify(payload));
  return `${t.dir}/event.json`;
}

const actions = (env: NodeJS.ProcessEnv) => ({ GITHUB_ACTIONS: 'true', ...env });

describe('buildTrust', () => {
  it('trusts a build outside GitHub Actions: the user builds with their own credentials', () => {
    const trust = buildTrust({});
    expect(trust.protected).toBe(true);
    expect(inputTagPrefix(trust)).toBe('in-');
  });

  it('never trusts a pull request, whatever ref it names', () => {
    for (const env of [
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge' },
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main', GITHUB_REF_PROTECTED: 'true' },
      { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/pull/7/merge' },
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REF: 'refs/heads/main', GITHUB_REF_PROTECTED: 'true' },
    ]) {
      const trust = buildTrust(actions(env));
      expect(trust.protected, JSON.stringify(env)).toBe(false);
      expect(inputTagPrefix(trust)).toBe('pr-in-');
    }
  });

  it('trusts a push to a protected ref or to the default branch the event names', () => {
    expect(
      buildTrust(
        actions({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/release', GITHUB_REF_PROTECTED: 'true' }),
      ),
    ).toMatchObject({ protected: true, reason: 'protected ref refs/heads/release' });
    const event = eventFile({ repository: { default_branch: 'main' } });
    const env = actions({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: event });
    expect(buildTrust(env)).toMatchObject({ protected: true, reason: 'the default branch refs/heads/main' });
  });

  it('does not trust a push to an unprotected branch other than the default', () => {
    const event = eventFile({ repository: { default_branch: 'main' } });
    const env = actions({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature', GITHUB_EVENT_PATH: event });
    expect(buildTrust(env)).toMatchObject({ protected: false, reason: 'unprotected ref refs/heads/feature' });
  });
});

describe('the pull-request input tag is reserved', () => {
  const hex = '0123456789abcdef0123456789abcdef';
  it('a branch named like it gets a hash suffix', () => {
    expect(sanitizeTag(`pr-in-${hex}`)).toMatch(new RegExp(`^pr-in-${hex}-[0-9a-f]{12}$`));
  });
  it('an extra tag of its form is refused', () => {
    expect(() => commitTags(undefined, [`pr-in-${hex}`], {})).toThrow(/input-digest tag/);
  });
});
