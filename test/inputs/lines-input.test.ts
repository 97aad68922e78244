import { afterEach, describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { getLinesInput } from '../../src/inputs/lines-input.js';

// @actions/core reads inputs from INPUT_<NAME> env, as the runner sets them (dashes kept).
afterEach(() => {
  delete process.env['INPUT_BUILD-ARGS'];
});

describe('getLinesInput', () => {
  it('drops CRs, blank lines and # comment lines', () => {
    process.env['INPUT_BUILD-ARGS'] = '# versions\r\nA=1\r\n\r\n   \r\n  # indented comment\r\nB=x # not a comment\r\n';
    expect(getLinesInput('build-args')).toEqual(['A=1', 'B=x # not a comment']);
  });

  it('a required input with no meaningful line names the input', () => {
    process.env['INPUT_BUILD-ARGS'] = '# only a comment\n\n';
    expect(() => getLinesInput('build-args', { required: true })).toThrow(PinshipError);
    expect(() => getLinesInput('build-args', { required: true })).toThrow(/^build-args: this input is required/);
    expect(getLinesInput('build-args')).toEqual([]);
  });
});
