import { PinshipError } from '../errors.js';
import type { RecordCheck } from './record-schema.js';
import { recordValidator } from './record-validators.js';
import type { RunRecord } from './types.js';

/**
 * Lists what makes `value` not a valid run record, as `/json/pointer: message` (a reader: the first
 * only); empty when valid.
 */
export function runRecordProblems(value: unknown, check: RecordCheck = 'reader'): string[] {
  const validate = recordValidator(check);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => {
    // `must be equal to constant` would not say which: an apiVersion or kind of another version.
    const message = e.keyword === 'const' ? `must be ${JSON.stringify(e.params.allowedValue)}` : e.message;
    return `${e.instancePath || '/'}: ${message ?? 'is invalid'}`;
  });
}

/** Throws a PinshipError naming the file and the first problems when `value` is not a valid run record. */
export function assertRunRecord(
  value: unknown,
  file?: string,
  check: RecordCheck = 'reader',
): asserts value is RunRecord {
  const problems = runRecordProblems(value, check);
  if (problems.length === 0) return;
  // The first problem's JSON pointer is the field: `run.json: /shards/0/status: not a valid run record: ...`.
  const [first, ...rest] = problems as [string, ...string[]];
  const at = first.indexOf(': ');
  const pointer = first.slice(0, at);
  const more = rest.length
    ? `; also ${rest.slice(0, 4).join('; ')}${rest.length > 4 ? ` (${rest.length - 4} more)` : ''}`
    : '';
  throw new PinshipError(`not a valid run record: ${first.slice(at + 2)}${more}`, {
    file,
    field: pointer === '/' ? undefined : pointer,
    hint: 'see schema/run-record.v1.json',
  });
}
