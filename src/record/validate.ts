import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import schema from '../../schema/run-record.v1.json' with { type: 'json' };
import { PinshipError } from '../errors.js';
import type { RunRecord } from './types.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => void;

/**
 * Who is checking: a `reader` (report) ignores fields it does not know, so a v1 record written by
 * a newer pinship (v1 changes are additive) is still read, and stops at the first error, as the
 * record may be hostile (an artifact of a fork's run): listing every error of 20,000 invalid
 * shards took ajv minutes. The `writer` (run) checks pinship's own record: it refuses any field
 * the schema does not describe, so a field added without a schema change fails its tests, and
 * lists every error.
 */
export type RecordCheck = 'reader' | 'writer';

const compiled = new Map<RecordCheck, ValidateFunction>();

function validator(check: RecordCheck): ValidateFunction {
  let v = compiled.get(check);
  if (!v) {
    const ajv = new Ajv2020({ allErrors: check === 'writer', strict: true });
    addFormats(ajv);
    v = ajv.compile(check === 'writer' ? (closed(schema) as typeof schema) : schema);
    compiled.set(check, v);
  }
  return v;
}

/** A copy of a schema where every object that lists its properties allows no others. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    out[key] = key === 'properties' ? mapValues(value, closed) : closed(value);
  if ('properties' in node && (node as { type?: unknown }).type === 'object') out.additionalProperties = false;
  return out;
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fn(v)]));
}

/**
 * Lists what makes `value` not a valid run record, as `/json/pointer: message` (a reader: the first
 * only); empty when valid.
 */
export function runRecordProblems(value: unknown, check: RecordCheck = 'reader'): string[] {
  const validate = validator(check);
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
