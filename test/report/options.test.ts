import { describe, expect, it } from 'vitest';
import { parseMetric } from '../../src/report/options.js';

describe('parseMetric', () => {
  it('takes the direction after the last colon, so that a key may hold colons', () => {
    expect(parseMetric('pi_error:lower', '--metric')).toEqual({ key: 'pi_error', better: 'lower' });
    expect(parseMetric('loss:val:higher', '--metric')).toEqual({ key: 'loss:val', better: 'higher' });
  });

  it('refuses a missing key or direction, naming the flag', () => {
    for (const text of [':lower', 'loss', 'loss:up', ' :higher']) {
      expect(() => parseMetric(text, '--metric')).toThrow(/expected KEY:lower or KEY:higher/);
    }
  });
});
