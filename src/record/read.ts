import { readFile } from 'node:fs/promises';
import { PinshipError, wrapError } from '../errors.js';
import type { RunRecord } from './types.js';
import { assertRunRecord } from './validate.js';

/**
 * Parses and validates a run record's text. The record may come from an untrusted run (a fork's
 * pull request, through an artifact): nothing of it is used before the schema accepted it.
 * Unknown fields are ignored (v1 grows additively).
 */
export function parseRunRecord(text: string, file: string): RunRecord {
  let value: unknown;
  try {
    // A byte order mark (Windows tools write one) is not JSON, and invisible in the error.
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (err) {
    throw new PinshipError(`not JSON: ${err instanceof Error ? err.message : String(err)}`, {
      file,
      hint: 'pass the run record that `pinship run` wrote (--out, or <output-dir>/run.json)',
    });
  }
  assertRunRecord(value, file);
  return value;
}

/** Reads a run record file (see parseRunRecord). */
export async function readRunRecord(file: string): Promise<RunRecord> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw wrapError('reading the run record', err, { file });
  }
  return parseRunRecord(text, file);
}
