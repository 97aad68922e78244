import { PinshipError } from '../errors.js';

/** Parses a whole number of at least `min` (e.g. 0 for --backoff-limit), naming the field. */
export function parseWholeNumber(value: string, field: string, min = 0): number {
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new PinshipError(`expected a whole number of at least ${min}, got ${JSON.stringify(value)}`, { field });
  }
  return Number(text);
}
