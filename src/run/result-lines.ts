import { SecretMask } from '../log/logger.js';
import { displayText } from '../log/display-text.js';
import type { ResultError, ResultRecord } from '../record/types.js';

/** A stdout line `pinship:result {json}` is a result; every other line is ordinary log. */
const RESULT_PREFIX = 'pinship:result';

export type ParsedLine =
  | { kind: 'log' }
  | { kind: 'result'; value: Record<string, unknown> }
  | { kind: 'error'; message: string };

/** Classifies one stdout line (without its newline). */
export function parseResultLine(line: string): ParsedLine {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (!text.startsWith(RESULT_PREFIX)) return { kind: 'log' };
  const rest = text.slice(RESULT_PREFIX.length);
  // `pinship:resultx` is log; the prefix must be followed by whitespace (or nothing, an error).
  if (rest !== '' && !/^\s/.test(rest)) return { kind: 'log' };
  const json = rest.trim();
  if (!json) return { kind: 'error', message: 'expected a JSON object after "pinship:result", found nothing' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { kind: 'error', message: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return { kind: 'error', message: `expected a JSON object, got ${what}` };
  }
  const overflow = overflowingNumber(value);
  if (overflow !== undefined) {
    // JSON.parse reads 1e400 as Infinity, which the record would store as null without a word.
    return {
      kind: 'error',
      message: `the number at ${overflow} is beyond a 64-bit float (it would be stored as null)`,
    };
  }
  return { kind: 'result', value: value as Record<string, unknown> };
}

/** The JSON pointer of the first number that parsed to ±Infinity, if any. */
function overflowingNumber(value: unknown, at = ''): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : at || '/';
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = overflowingNumber(item, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The longest line kept whole; longer ones are split, as Docker's json-file driver does at 16 KiB. */
const MAX_LINE = 1024 * 1024;
const TAIL_LINE = 2000;
/**
 * Results kept per attempt, and the characters of their lines: what one shard may put into the
 * record. A result past either cap is not kept; it is counted as an invalid result line (so the
 * run concludes `failure` and says why), never dropped silently.
 */
export const MAX_RESULTS = 100_000;
export const MAX_RESULT_CHARS = 16 * 2 ** 20;
const OVER_RESULT_CAP =
  `result not kept: over the cap of ${MAX_RESULTS} results or ${MAX_RESULT_CHARS / 2 ** 20} MiB of result lines ` +
  'per attempt (write bulk data to PINSHIP_OUTPUT_DIR)';
/**
 * Invalid result lines kept per attempt (all are counted): a program printing 100k of them must not make
 * the record huge.
 */
export const MAX_RESULT_ERRORS = 100;

/**
 * Collects an attempt's output: splits both streams into lines, parses result lines on stdout
 * (stderr is log only, so a library printing to stderr can never forge a result) and keeps the
 * last `tailSize` lines of both streams for the record, with env values masked as `***` (they
 * may be secrets, and a shard that prints its environment must not put them in the record).
 */
export class AttemptOutput {
  readonly results: ResultRecord[] = [];
  readonly resultErrors: ResultError[] = [];
  /** Every invalid result line, also those past MAX_RESULT_ERRORS that are not kept. */
  resultErrorCount = 0;
  lines = 0;
  private stdoutLines = 0;
  private readonly tailLines: string[] = [];
  private readonly partial = { stdout: '', stderr: '' };
  /** Whether the stream is inside a line longer than MAX_LINE, whose rest is being dropped. */
  private readonly cutting = { stdout: false, stderr: false };
  private readonly decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  private readonly mask = new SecretMask();
  private resultChars = 0;

  constructor(
    private readonly attempt: number,
    secrets: Iterable<string> = [],
    private readonly tailSize = 50,
  ) {
    for (const secret of secrets) this.mask.add(secret);
  }

  write(stream: 'stdout' | 'stderr', chunk: Uint8Array): void {
    let text = this.partial[stream] + this.decoders[stream].decode(chunk, { stream: true });
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      // The end of a line already cut at MAX_LINE is not a line of its own.
      if (this.cutting[stream]) this.cutting[stream] = false;
      else this.line(stream, text.slice(0, newline));
      text = text.slice(newline + 1);
      newline = text.indexOf('\n');
    }
    if (text.length > MAX_LINE) {
      // Memory stays bounded: the first MAX_LINE characters are the line, the rest up to the
      // next newline is dropped (counted once, never parsed as a result).
      if (!this.cutting[stream]) this.line(stream, text.slice(0, MAX_LINE), true);
      this.cutting[stream] = true;
      text = '';
    }
    this.partial[stream] = text;
  }

  /** Flushes unterminated last lines; call once both streams ended. */
  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.partial[stream] + this.decoders[stream].decode();
      this.partial[stream] = '';
      if (rest && !this.cutting[stream]) this.line(stream, rest);
      this.cutting[stream] = false;
    }
  }

  /** The last lines of both streams, stderr ones prefixed `stderr: `. */
  tail(): string[] {
    return [...this.tailLines];
  }

  private line(stream: 'stdout' | 'stderr', line: string, cut = false): void {
    this.lines += 1;
    const kept = clip(this.mask.apply(displayText(line)), TAIL_LINE);
    this.tailLines.push(stream === 'stderr' ? `stderr: ${kept}` : kept);
    if (this.tailLines.length > this.tailSize) this.tailLines.shift();
    if (stream !== 'stdout') return;
    this.stdoutLines += 1;
    let parsed = parseResultLine(line);
    if (cut && parsed.kind !== 'log') {
      const over = `result line longer than ${MAX_LINE / 2 ** 20} MiB`;
      parsed = { kind: 'error', message: `${over} (a result must fit on one line of at most that size)` };
    } else if (parsed.kind === 'result' && !this.fits(line)) {
      parsed = { kind: 'error', message: OVER_RESULT_CAP };
    }
    if (parsed.kind === 'result') {
      const value = maskJson(parsed.value, this.mask) as Record<string, unknown>;
      this.results.push({ attempt: this.attempt, line: this.stdoutLines, value });
    } else if (parsed.kind === 'error' && ++this.resultErrorCount <= MAX_RESULT_ERRORS) {
      const text = clip(this.mask.apply(displayText(line)), 200);
      // V8's JSON.parse messages quote the text around the error, secrets included.
      const message = this.mask.apply(parsed.message);
      this.resultErrors.push({ attempt: this.attempt, line: this.stdoutLines, message, text });
    }
  }

  /** Whether one more result line stays within MAX_RESULTS and MAX_RESULT_CHARS; counts it when it does. */
  private fits(line: string): boolean {
    if (this.results.length >= MAX_RESULTS || this.resultChars + line.length > MAX_RESULT_CHARS) return false;
    this.resultChars += line.length;
    return true;
  }
}

/**
 * A result value with every secret masked in its strings and keys: results go into the record
 * and on to pull-request comments, and a program may well print its environment into one.
 * Numbers are left alone (a secret is text). Object.fromEntries keeps a `__proto__` key a key.
 */
function maskJson(value: unknown, mask: SecretMask): unknown {
  if (typeof value === 'string') return mask.apply(value);
  if (Array.isArray(value)) return value.map((item) => maskJson(item, mask));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [mask.apply(key), maskJson(item, mask)]));
  }
  return value;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
