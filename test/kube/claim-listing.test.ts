import { describe, expect, it } from 'vitest';
import { parseClaimListing } from '../../src/run/kube/claim-listing.js';

describe('parseClaimListing', () => {
  it('groups the collector lines by shard index and sorts by path', () => {
    const sha = 'c'.repeat(64);
    const text = [
      `pinship:file 12 ${sha} 1/b.txt`,
      `pinship:file 3 ${sha} 0/dir/with space.csv`,
      `pinship:file 7 - 1/a.bin`,
      'some other log line',
      `pinship:file 5 ${sha} notanindex/x`,
    ].join('\n');
    const files = parseClaimListing(text);
    expect([...files.keys()].sort()).toEqual([0, 1]);
    expect(files.get(0)).toEqual([{ path: 'dir/with space.csv', size: 3, sha256: sha }]);
    expect(files.get(1)).toEqual([
      { path: 'a.bin', size: 7, sha256: null, unreadable: 'permission denied' },
      { path: 'b.txt', size: 12, sha256: sha },
    ]);
  });
});
