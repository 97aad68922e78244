import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli/args.js';
import { describeError } from '../../src/errors.js';

const options = { cpus: { type: 'string' }, json: { type: 'boolean' } } as const;

function errorOf(argv: string[]): string {
  try {
    parseFlags(argv, options);
  } catch (err) {
    return describeError(err);
  }
  return 'no error';
}

describe('parseFlags', () => {
  it('names the flag and the value when a value starts with a dash', () => {
    expect(errorOf(['--cpus', '-1'])).toBe(
      '--cpus: expected a value, got "-1" (a value that starts with "-" is written --cpus=-1)',
    );
    expect(parseFlags(['--cpus=-1'], options).values.cpus).toBe('-1');
  });

  it('keeps one line for an unknown flag', () => {
    expect(errorOf(['--nope'])).toMatch(/^Unknown option '--nope'/);
  });
});
