import { describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { parseWholeNumber } from '../../src/inputs/whole-number.js';
import { parseCpus, parseDuration, parseMemory } from '../../src/run/quantity.js';

describe('parseMemory', () => {
  it.each([
    ['64m', 64 * 2 ** 20],
    ['64M', 64 * 2 ** 20],
    ['1g', 2 ** 30],
    ['512mb', 512 * 2 ** 20],
    ['64Mi', 64 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1.5Gi', 1.5 * 2 ** 30],
    ['8388608', 8 * 2 ** 20],
  ])('reads %s as %d bytes', (text, bytes) => {
    expect(parseMemory(text)).toBe(bytes);
  });

  it.each(['', '12x', '64 MiB', '-1g', '1k', 'Mi'])('rejects %j naming the flag', (text) => {
    expect(() => parseMemory(text, '--memory')).toThrow(PinshipError);
    try {
      parseMemory(text, '--memory');
    } catch (err) {
      expect((err as PinshipError).format()).toMatch(/^--memory: expected a memory size/);
    }
  });
});

describe('parseCpus', () => {
  it.each([
    ['0.5', 0.5],
    ['2', 2],
    ['500m', 0.5],
    ['1500m', 1.5],
  ])('reads %s as %d cores', (text, cores) => expect(parseCpus(text)).toBe(cores));

  it.each(['0', 'half', '1.5.2', '-1'])('rejects %j', (text) => {
    expect(() => parseCpus(text, '--cpus')).toThrow(/expected a number of cores/);
  });
});

describe('parseDuration', () => {
  it.each([
    ['30s', 30],
    ['5m', 300],
    ['1h', 3600],
    ['1h30m', 5400],
    ['250ms', 0.25],
    ['90', 90],
  ])('reads %s as %d seconds', (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(['', '0s', '5 minutes', '1d', 'm'])('rejects %j', (text) => {
    expect(() => parseDuration(text, '--timeout')).toThrow(/expected a duration/);
  });
});

describe('parseWholeNumber', () => {
  it('accepts 0 for a backoff limit and rejects fractions', () => {
    expect(parseWholeNumber('0', '--backoff-limit')).toBe(0);
    expect(() => parseWholeNumber('1.5', '--backoff-limit')).toThrow(/whole number of at least 0/);
  });
});
