import { describe, expect, it } from 'vitest';
import { parseKeyValues, splitList } from '../../src/inputs/key-value.js';

describe('parseKeyValues', () => {
  it('keeps = inside values and skips blank lines', () => {
    expect(parseKeyValues(['A=1', '', ' B = x=y ', 'C='], 'build-args')).toEqual({ A: '1', B: ' x=y', C: '' });
  });

  it('keeps names that Object.prototype also has as ordinary keys', () => {
    const env = parseKeyValues(['__proto__=a', 'toString=b', 'constructor=c'], 'env');
    expect(Object.entries(env)).toEqual([
      ['__proto__', 'a'],
      ['toString', 'b'],
      ['constructor', 'c'],
    ]);
  });

  it('names the field and the line that is not KEY=VALUE', () => {
    expect(() => parseKeyValues(['A=1', '=oops'], 'build-args')).toThrow(/build-args: expected KEY=VALUE, got "=oops"/);
    expect(() => parseKeyValues(['novalue'], 'env')).toThrow(/env: expected KEY=VALUE/);
  });
});

describe('splitList', () => {
  it('splits on newlines and commas and drops empty items', () => {
    expect(splitList('a, b\n\nc,\n')).toEqual(['a', 'b', 'c']);
  });
});
