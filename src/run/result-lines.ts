import { SecretMask } from '../log/logger.js';
import type { ResultError, ResultRecord } from '../record/types.js';

/** A stdout line `pinship:result {json}` is a result; every other line is ordinary log. */
export const RESULT_PREFIX = 'pinship:result';

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
  return { kind: 'result', value: value as Record<string, unknown> };
}

/** The longest line kept whole; longer ones are split, as Docker's json-file driver does at 16 KiB. */
const MAX_LINE = 1024 * 1024;
const TAIL_LINE = 2000;

/**
 * Collects an attempt's output: splits both streams into lines, parses result lines on stdout
 * (stderr is log only, so a library printing to stderr can never forge a result) and keeps the
 * last `tailSize` lines of both streams for the record, with env values masked as `***` (they
 * may be secrets, and a shard that prints its environment must not put them in the record).
 */
export class AttemptOutput {
  readonly results: ResultRecord[] = [];
  readonly resultErrors: ResultError[] = [];
  lines = 0;
  private stdoutLines = 0;
  private readonly tailLines: string[] = [];
  private readonly partial = { stdout: '', stderr: '' };
  private readonly decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  private readonly mask = new SecretMask();

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
      this.line(stream, text.slice(0, newline));
      text = text.slice(newline + 1);
      newline = text.indexOf('\n');
    }
    if (text.length > MAX_LINE) {
      this.line(stream, text);
      text = '';
    }
    this.partial[stream] = text;
  }

  /** Flushes unterminated last lines; call once both streams ended. */
  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.partial[stream] + this.decoders[stream].decode();
      this.partial[stream] = '';
      if (rest) this.line(stream, rest);
    }
  }

  /** The last lines of both streams, stderr ones prefixed `stderr: `. */
  tail(): string[] {
    return [...this.tailLines];
  }

  private line(stream: 'stdout' | 'stderr', line: string): void {
    this.lines += 1;
    const kept = clip(this.mask.apply(line), TAIL_LINE);
    this.tailLines.push(stream === 'stderr' ? `stderr: ${kept}` : kept);
    if (this.tailLines.length > this.tailSize) this.tailLines.shift();
    if (stream !== 'stdout') return;
    this.stdoutLines += 1;
    const parsed = parseResultLine(line);
    if (parsed.kind === 'result') {
      this.results.push({ attempt: this.attempt, line: this.stdoutLines, value: parsed.value });
    } else if (parsed.kind === 'error') {
      this.resultErrors.push({ attempt: this.attempt, line: this.stdoutLines, message: parsed.message, text: clip(this.mask.apply(line), 200) });
    }
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
