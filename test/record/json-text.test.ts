import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fs/atomic-write.js';
import { jsonTextPieces } from '../../src/record/json-text.js';
import type { RunRecord } from '../../src/record/types.js';
import { scratchDir } from '../support/scratch.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/run-record.json', import.meta.url), 'utf8')) as RunRecord;
const whole = (value: object) => `${JSON.stringify(value, null, 2)}\n`;

describe('the record written in pieces', () => {
  it('is byte for byte JSON.stringify(record, null, 2) and a newline', () => {
    expect([...jsonTextPieces(fixture)].join('')).toBe(whole(fixture));
  });

  it('keeps JSON.stringify’s rules: empty arrays and objects, left-out fields, nulls in arrays, line breaks', () => {
    const value = {
      empty: [],
      nothing: {},
      gone: undefined,
      fn: () => 1,
      list: [1, 'two\nlines', null, undefined, { deep: [{ a: [] }], b: undefined }, [[]]],
      last: { x: 'y' },
    };
    expect([...jsonTextPieces(value)].join('')).toBe(whole(value));
    expect([...jsonTextPieces({})].join('')).toBe(whole({}));
  });

  it('of 10,000 shards is written in pieces of about 64 KiB, and the file reads back as the record', async () => {
    const shards = Array.from({ length: 10_000 }, (_, index) => ({ ...fixture.shards[0]!, index }));
    const big = { ...fixture, shards };
    const pieces = [...jsonTextPieces(big)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(80 * 1024);
    const file = join(scratchDir('pinship-json-'), 'run.json');
    await writeFileAtomic(file, jsonTextPieces(big));
    expect(readFileSync(file, 'utf8')).toBe(whole(big));
  });
});
