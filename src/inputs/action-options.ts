import * as core from '@actions/core';
import { PinshipError } from '../errors.js';
import { readOptions, type RawValue, type ReadOptions, type Schema } from '../options/option.js';
import { getLinesInput } from './lines-input.js';

/**
 * Reads a verb's action inputs by its options schema (the only place an entry's inputs are read):
 * an empty input is not given (or has the action's own default); multi-line inputs lose blank and
 * `#` lines unless `literal`.
 */
export function readInputs<S extends Schema>(schema: S): ReadOptions<S> {
  type Key = keyof S & string;
  const raw: Partial<Record<Key, RawValue>> = {};
  for (const key of Object.keys(schema) as Key[]) {
    const { input, kind, literal, actionDefault } = schema[key]!;
    if (!input) continue;
    if (kind === 'lines' || kind === 'key-values') {
      const list = literal ? core.getMultilineInput(input) : getLinesInput(input);
      if (list.length) raw[key] = list;
    } else {
      const value = core.getInput(input) || actionDefault;
      if (value) raw[key] = value;
    }
  }
  const nameOf = (key: Key) => schema[key]!.input ?? key;
  const required = (key: Key) => new PinshipError('this input is required and was not given', { field: nameOf(key) });
  return readOptions(schema, raw, nameOf, required);
}
