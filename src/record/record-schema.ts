import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import schema from '../../schema/run-record.v1.json' with { type: 'json' };

// ajv-formats and ajv's standalone are CommonJS with `exports.default`; under NodeNext (and Node's
// own loader, which runs this file when scripts/bundle.mjs precompiles it) the default import is the module.
const addFormats = defaultExport<(ajv: Ajv2020) => void>(addFormatsModule);
const standaloneCode = defaultExport<(ajv: Ajv2020, validate: ValidateFunction) => string>(standaloneModule);

function defaultExport<T>(module: unknown): T {
  return ((module as { default?: unknown }).default ?? module) as T;
}

/**
 * Who is checking: a `reader` (report) ignores fields it does not know, so a v1 record written by
 * a newer pinship (v1 changes are additive) is still read, and stops at the first error, as the
 * record may be hostile (an artifact of a fork's run): listing every error of 20,000 invalid
 * shards took ajv minutes. The `writer` (run) checks pinship's own record: it refuses any field
 * the schema does not describe, so a field added without a schema change fails its tests, and
 * lists every error.
 */
export type RecordCheck = 'reader' | 'writer';

function ajvFor(check: RecordCheck, source: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: check === 'writer', strict: true, code: { source } });
  addFormats(ajv);
  return ajv;
}

function schemaFor(check: RecordCheck): object {
  return check === 'writer' ? (closed(schema) as object) : schema;
}

/** The run record's validator for `check`, compiled now (ajv generates and compiles its code). */
export function compileRecordValidator(check: RecordCheck): ValidateFunction {
  return ajvFor(check, false).compile(schemaFor(check));
}

/**
 * The same validator as the text of a CommonJS module (ajv's standalone code; it requires two of
 * ajv's and ajv-formats' runtime files), which the bundles embed instead of compiling at start.
 */
export function recordValidatorModule(check: RecordCheck): string {
  const ajv = ajvFor(check, true);
  return standaloneCode(ajv, ajv.compile(schemaFor(check)));
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
