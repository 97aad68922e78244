import { open } from 'node:fs/promises';
import { PinshipError, wrapError } from '../errors.js';
import type { RunRecord } from './types.js';
import { assertRunRecord } from './validate.js';

/**
 * The largest run record read: a record may come from an untrusted run, and a 10,000-shard record
 * with 120 resource samples per shard is about 110 MiB.
 */
export const MAX_RECORD_BYTES = 256 * 2 ** 20;

/**
 * Parses and validates a run record's text. The record may come from an untrusted run (a fork's
 * pull request, through an artifact): nothing of it is used before the schema accepted it.
 * Unknown fields are ignored (v1 grows additively).
 */
export function parseRunRecord(text: string, file: string): RunRecord {
  // A character is at least one byte: a text this long is over the cap whatever its encoding.
  if (text.length > MAX_RECORD_BYTES) throw tooLarge(text.length, file);
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

/** Reads a run record file (see parseRunRecord), refusing one over MAX_RECORD_BYTES before reading it. */
export async function readRunRecord(file: string): Promise<RunRecord> {
  let text: string;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_RECORD_BYTES) throw tooLarge(size, file);
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof PinshipError) throw err;
    throw wrapError('reading the run record', err, { file });
  }
  return parseRunRecord(text, file);
}

function tooLarge(size: number, file: string): PinshipError {
  const mib = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MiB`;
  return new PinshipError(`run record is ${mib(size)}, over the ${mib(MAX_RECORD_BYTES)} pinship reads`, {
    file,
    hint: 'larger records are refused unread, as a record may come from an untrusted run',
  });
}
