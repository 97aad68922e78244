import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/kube/quantity.js';

describe('parseQuantity', () => {
  it.each([
    ['500m', 0.5],
    ['2', 2],
    ['1.5', 1.5],
    ['256Mi', 256 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['128974848', 128974848],
    ['1e3', 1000],
    ['12345678n', 0.012345678],
    ['100k', 100_000],
  ])('reads %s as %d', (text, value) => expect(parseQuantity(text)).toBeCloseTo(value, 9));

  it.each(['', 'lots', '1.2.3', '5Qi', null, undefined])('returns null for %j', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});
