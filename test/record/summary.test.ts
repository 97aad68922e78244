import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/record/types.js';
import { headline, shardTable } from '../../src/record/summary.js';

const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, './fixtures/run-record.json'), 'utf8'),
) as RunRecord;

describe('the summary of a run with unreadable outputs', () => {
  it('says so in the headline and in the Files column, without changing the conclusion', () => {
    expect(headline(example)).toBe('failure: 2/3 shards succeeded, 1 did not (Error), 2 output(s) unreadable in 6.1s');
    const [header, ...rows] = shardTable(example);
    const files = header!.indexOf('Files');
    expect(rows.map((row) => row[files])).toEqual(['1', '2 (2 unreadable)', '1']);
  });

  it('reads a record written before unreadable outputs were counted', () => {
    const old = structuredClone(example);
    delete old.totals.unreadableOutputs;
    expect(headline(old)).not.toContain('unreadable');
  });
});

describe('the summary of a run stopped while its outputs were hashed', () => {
  it('says which outputs were not hashed, apart from the unreadable ones', () => {
    const stopped = structuredClone(example);
    stopped.shards[1]!.outputs.push({
      path: 'big.bin',
      size: 3_000_000_000,
      sha256: null,
      unreadable: 'not hashed: the run was stopped',
      notHashed: true,
    });
    stopped.totals.notHashedOutputs = 1;
    expect(headline(stopped)).toBe(
      'failure: 2/3 shards succeeded, 1 did not (Error), 2 output(s) unreadable, 1 output(s) not hashed in 6.1s',
    );
    const [header, ...rows] = shardTable(stopped);
    const files = header!.indexOf('Files');
    expect(rows.map((row) => row[files])).toEqual(['1', '3 (2 unreadable, 1 not hashed)', '1']);
  });
});
