import { describe, expect, it } from 'vitest';
import { credentialKeys } from '../../src/git/config-credentials.js';

describe('credentialKeys', () => {
  it("finds actions/checkout's extraheader, under its URL subsection", () => {
    const text = [
      '[core]',
      '\trepositoryformatversion = 0',
      '[remote "origin"]',
      '\turl = https://github.com/acme/compute',
      '[http "https://github.com/"]',
      '\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==',
    ].join('\n');
    expect(credentialKeys(text)).toEqual(['http.https://github.com/.extraheader']);
  });

  it('finds a token inside a remote URL, and not an ssh user', () => {
    const text = [
      '[remote "origin"]',
      '  url = https://x-access-token:ghs_secret@github.com/acme/compute.git',
      '[remote "mirror"]',
      '  url = ssh://git@github.com/acme/compute.git',
      '[remote "scp"]',
      '  url = git@github.com:acme/compute.git',
    ].join('\n');
    expect(credentialKeys(text)).toEqual(['remote.origin.url']);
  });

  it('finds nothing in a clean config', () => {
    expect(credentialKeys('[core]\n\tbare = false\n[remote "origin"]\n\turl = https://github.com/a/b\n')).toEqual([]);
  });
});
