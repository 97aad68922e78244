import * as core from '@actions/core';
import { PinshipError } from '../errors.js';

/**
 * Reads a multi-line action input as its meaningful lines: each trimmed (so CRLF from a Windows
 * editor loses its `\r`), blank lines and `#` comment lines dropped, as docker/build-push-action
 * reads `build-args`. A required input with no such line is an error naming it.
 */
export function getLinesInput(name: string, options: { required?: boolean } = {}): string[] {
  const lines = core
    .getInput(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  if (options.required && lines.length === 0) {
    throw new PinshipError('this input is required and was not given', { field: name });
  }
  return lines;
}
