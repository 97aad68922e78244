import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import schema from '../../schema/run-record.v1.json' with { type: 'json' };
import { PinshipError } from '../errors.js';
import type { RunRecord } from './types.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Lists what makes `value` not a valid run record, as `/json/pointer: message`; empty when valid. */
export function runRecordProblems(value: unknown): string[] {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`);
}

/** Throws a PinshipError naming the first problems when `value` is not a valid run record. */
export function assertRunRecord(value: unknown, file?: string): asserts value is RunRecord {
  const problems = runRecordProblems(value);
  if (problems.length > 0) {
    throw new PinshipError(`not a valid run record: ${problems.slice(0, 5).join('; ')}`, {
      file,
      hint: 'see schema/run-record.v1.json',
    });
  }
}
