import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../bench/report-fixtures.js';
import { aggregateResults, keyMean } from '../../src/report/render/aggregate.js';

describe('aggregateResults', () => {
  it('gives count, mean, min, max and sum of each numeric key over every shard, keys in order of appearance', () => {
    const record = generateRecord({ shards: 4, results: (i) => [{ energy: i * 2, step: 'a' }, { energy: -1 }] });
    const [energy, step] = aggregateResults(record);
    expect(energy).toEqual({
      key: 'energy',
      lines: 8,
      numeric: { count: 8, mean: (0 + 2 + 4 + 6 - 4) / 8, min: -1, max: 6, sum: 8 },
      others: [],
      distinctOthers: 0,
    });
    expect(step).toMatchObject({ key: 'step', lines: 4, numeric: null, others: [{ value: 'a', count: 4 }] });
  });

  it('counts non-numeric values (strings, booleans, null, objects) apart from numbers, most frequent first', () => {
    const values = [1, 'nan', true, null, { a: 1 }, 'nan', 2, 'Infinity'];
    const record = generateRecord({ shards: values.length, results: (i) => [{ v: values[i] }] });
    const [v] = aggregateResults(record);
    expect(v!.numeric).toEqual({ count: 2, mean: 1.5, min: 1, max: 2, sum: 3 });
    expect(v!.others).toEqual([
      { value: 'nan', count: 2 },
      { value: 'true', count: 1 },
      { value: 'null', count: 1 },
      { value: '{"a":1}', count: 1 },
      { value: 'Infinity', count: 1 },
    ]);
  });

  it('keeps 20 distinct other values per key but counts them all, and cuts long ones', () => {
    const record = generateRecord({ shards: 50, results: (i) => [{ id: `run-${i}-${'x'.repeat(300)}` }] });
    const [id] = aggregateResults(record);
    expect(id!.distinctOthers).toBe(50);
    expect(id!.others).toHaveLength(20);
    expect(id!.others[0]!.value).toHaveLength(200);
  });

  it('keeps the mean of values near the float limit finite when their sum overflows', () => {
    const record = generateRecord({ shards: 2, results: () => [{ m: 1e308 }] });
    expect(aggregateResults(record)[0]!.numeric).toMatchObject({ mean: 1e308, sum: Infinity });
    expect(keyMean(record, 'm')).toBe(1e308);
  });

  it('keyMean is the mean of a key over result lines, null when no line has a number', () => {
    const record = generateRecord({ shards: 3, results: (i) => [{ e: i + 1, s: 'x' }] });
    expect(keyMean(record, 'e')).toBe(2);
    expect(keyMean(record, 's')).toBeNull();
  });
});
