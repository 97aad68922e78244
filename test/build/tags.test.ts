import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { commitTags, sanitizeTag } from '../../src/build/tags.js';
import { imageLabels } from '../../src/build/labels.js';
import type { CommitInfo } from '../../src/git/commit-info.js';
import { PinshipError } from '../../src/errors.js';
import { tempDir } from './helpers.js';

const commit: CommitInfo = {
  sha: 'abc1234def5678abc1234def5678abc1234def56',
  shortSha: 'abc1234',
  time: '2024-05-01T10:00:00Z',
  branch: 'feature/Add_thing',
  sourceUrl: 'https://github.com/acme/compute',
};

let cleanup = () => {};
afterEach(() => cleanup());

describe('commitTags', () => {
  it('gives sha-<short>, the sanitized branch, then the extra tags without duplicates', () => {
    expect(commitTags(commit, ['v1', 'v1', 'latest'], {})).toEqual([
      'sha-abc1234',
      expect.stringMatching(/^feature-Add_thing-[0-9a-f]{12}$/),
      'v1',
      'latest',
    ]);
  });

  it('prefers GITHUB_REF refs/heads/ to the checked-out branch', () => {
    expect(commitTags(commit, [], { GITHUB_REF: 'refs/heads/main' })).toEqual(['sha-abc1234', 'main']);
  });

  it('gives pr-<n> for refs/pull/N/merge', () => {
    expect(commitTags(commit, [], { GITHUB_REF: 'refs/pull/12/merge' })).toEqual(['sha-abc1234', 'pr-12']);
  });

  it('reads the pull request number from the event payload', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    writeFileSync(`${t.dir}/event.json`, JSON.stringify({ pull_request: { number: 7 } }));
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: `${t.dir}/event.json`,
      GITHUB_REF: 'refs/heads/x',
    };
    expect(commitTags(commit, [], env)).toEqual(['sha-abc1234', 'pr-7']);
  });

  it('rejects an invalid extra tag, naming the field', () => {
    const err = (() => {
      try {
        commitTags(commit, ['-bad'], {});
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).format()).toMatch(/^tags: invalid tag "-bad"/);
  });

  it('a pull request number that is not a positive integer gives no pr- tag, never an invalid one', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    for (const n of [1e300, 1.5, -3, 0, '7; rm -rf /']) {
      writeFileSync(`${t.dir}/event.json`, JSON.stringify({ number: n, pull_request: { number: n } }));
      const env = {
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: `${t.dir}/event.json`,
        GITHUB_REF: 'refs/heads/main',
      };
      expect(commitTags(commit, [], env), String(n)).toEqual(['sha-abc1234', 'main']);
    }
    expect(commitTags(commit, [], { GITHUB_REF: `refs/pull/${'9'.repeat(25)}/merge` })).toEqual([
      'sha-abc1234',
      expect.stringMatching(/^feature-Add_thing-[0-9a-f]{12}$/),
    ]);
  });

  it('a hostile pull request event: pr-<n>, nothing of the title or head branch', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const event = {
      number: 7,
      pull_request: {
        number: 7,
        title: '$(rm -rf /) <img src=x onerror=alert(1)> `id`',
        head: { ref: 'x;$(id)|`id`' },
      },
    };
    writeFileSync(`${t.dir}/event.json`, JSON.stringify(event));
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: `${t.dir}/event.json`,
      GITHUB_REF: 'refs/pull/7/merge',
    };
    expect(commitTags(commit, [], env)).toEqual(['sha-abc1234', 'pr-7']);
  });

  it.each([
    'refs/heads/feature/ü--x..y',
    `refs/heads/${'é'.repeat(3)}${'a/'.repeat(100)}`,
    'refs/heads/$(id);`x`|y&&z',
  ])('GITHUB_REF %s gives a tag Docker accepts', (ref) => {
    const [, branch] = commitTags(commit, [], { GITHUB_REF: ref });
    expect(branch).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
  });

  it("renames a branch named like pinship's own tags, which it would otherwise move", () => {
    const digestTag = `in-${'e7'.repeat(16)}`;
    expect(sanitizeTag(digestTag)).toMatch(new RegExp(`^${digestTag}-[0-9a-f]{12}$`));
    expect(sanitizeTag('sha-1234abc')).toMatch(/^sha-1234abc-[0-9a-f]{12}$/);
    expect(sanitizeTag('pr-12')).toMatch(/^pr-12-[0-9a-f]{12}$/);
    expect(sanitizeTag('in-progress')).toBe('in-progress');
    expect(() => commitTags(commit, [digestTag], {})).toThrow(
      /tags: tag in-e7e7.* has the form of pinship's input-digest tag/,
    );
  });

  it('sanitizes what Docker refuses in a tag', () => {
    expect(sanitizeTag('.hidden/branch name')).toMatch(/^hidden-branch-name-[0-9a-f]{12}$/);
    expect(sanitizeTag('x'.repeat(200))).toHaveLength(128);
    expect(sanitizeTag('main')).toBe('main');
    expect(sanitizeTag('release-1.0')).toBe('release-1.0');
  });

  it('gives branches that sanitize alike tags of their own: release/1.0 and release-1.0', () => {
    const names = ['release/1.0', 'release-1.0', 'release 1.0', '-release-1.0', 'x'.repeat(200), `${'x'.repeat(200)}y`];
    const tags = names.map(sanitizeTag);
    expect(new Set(tags).size).toBe(names.length);
    // A branch named as another's transformed tag is transformed too, so it cannot take that tag.
    const crafted = sanitizeTag('release/1.0');
    expect(sanitizeTag(crafted)).not.toBe(crafted);
    expect(sanitizeTag('branch-pr-12')).not.toBe(sanitizeTag('pr-12'));
  });
});

describe('imageLabels', () => {
  it('sets source, revision and the commit time; user labels win', () => {
    expect(imageLabels(commit, { 'org.opencontainers.image.source': 'https://example.com/x', team: 'a' }, {})).toEqual({
      'org.opencontainers.image.source': 'https://example.com/x',
      'org.opencontainers.image.revision': commit.sha,
      'org.opencontainers.image.created': '2024-05-01T10:00:00Z',
      team: 'a',
    });
  });
});
