import type { ValidateFunction } from 'ajv/dist/2020.js';
import { compileRecordValidator, type RecordCheck } from './record-schema.js';

const compiled = new Map<RecordCheck, ValidateFunction>();

/**
 * The run record's validator for `check`, compiled on first use. The bundles replace this module
 * with the validators precompiled when bundling (scripts/bundle.mjs, recordValidatorModule):
 * compiling the schema took a report most of its start-up.
 */
export function recordValidator(check: RecordCheck): ValidateFunction {
  let v = compiled.get(check);
  if (!v) {
    v = compileRecordValidator(check);
    compiled.set(check, v);
  }
  return v;
}
