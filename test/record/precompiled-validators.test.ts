import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileRecordValidator, type RecordCheck, recordValidatorModule } from '../../src/record/record-schema.js';

const example = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/run-record.json'), 'utf8')) as {
  [key: string]: unknown;
  shards: Record<string, unknown>[];
};

/** Evaluates a CommonJS module's text, its requires resolved from this project (as the bundler does). */
function loadModule(code: string): ValidateFunction {
  const module = { exports: {} as unknown };
  new Function('require', 'module', 'exports', code)(createRequire(import.meta.url), module, module.exports);
  return module.exports as ValidateFunction;
}

function verdict(validate: ValidateFunction, value: unknown) {
  const valid = validate(value);
  return { valid, errors: (validate.errors ?? []).map((e) => [e.instancePath, e.keyword, e.message]) };
}

/** Records that exercise what the schema checks: required fields, enums, formats, lengths, unknown fields. */
const records: Record<string, unknown> = {
  'the example record': example,
  'a wrong conclusion and shard status': {
    ...example,
    conclusion: 'maybe',
    shards: [{ ...example.shards[0], status: 'x' }],
  },
  // The writer lists every error (a reader stops at the first): 300 shards keep it quick.
  '300 shards missing their index': { ...example, shards: Array.from({ length: 300 }, () => ({ x: 1 })) },
  'a field the schema does not describe': { ...example, shards: [{ ...example.shards[0], surplus: true }] },
  'a start that is not a date-time': { ...example, startedAt: 'yesterday' },
  'an empty image reference': { ...example, image: { ...(example.image as object), ref: '' } },
  'not an object': [1, 2],
};

describe('the validators the bundles embed (ajv standalone, precompiled when bundling)', () => {
  for (const check of ['reader', 'writer'] as RecordCheck[]) {
    const precompiled = loadModule(recordValidatorModule(check));
    const compiled = compileRecordValidator(check);
    it.each(Object.keys(records))(`judge %s as the ${check}'s compiled validator does`, (name) => {
      const expected = verdict(compiled, records[name]);
      expect(verdict(precompiled, records[name])).toEqual(expected);
      if (name !== 'the example record') expect(expected.valid).toBe(check === 'reader' && name.includes('field'));
    });
  }
});
