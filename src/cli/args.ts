import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PinshipError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { readOptions, type RawValue, type ReadOptions, type Schema } from '../options/option.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict argv parsing with one-line errors that name the flag; `--` ends options. */
export function parseFlags<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    // `--cpus -1`: parseArgs calls a value that looks like a flag "ambiguous"; say which value.
    const flag = /^Option '(--[\w-]+)(?:, -\w)?' argument is ambiguous/.exec(
      err instanceof Error ? err.message : '',
    )?.[1];
    const value = flag === undefined ? undefined : argv[argv.indexOf(flag) + 1];
    if (flag !== undefined && value !== undefined) {
      throw new PinshipError(`expected a value, got ${JSON.stringify(value)}`, {
        field: flag,
        hint: `a value that starts with "-" is written ${flag}=${value}`,
      });
    }
    const message = err instanceof Error ? err.message.replace(/\. To specify.*$/s, '') : String(err);
    throw new PinshipError(message, { hint: 'see --help' });
  }
}

/** Reads a verb's flags by its options schema; the positionals are the entry's to read. */
export function readFlags<S extends Schema>(schema: S, argv: string[]): ReadOptions<S> & { positionals: string[] } {
  type Key = keyof S & string;
  const flagged = (Object.keys(schema) as Key[]).filter((key) => schema[key]!.flag);
  const config: Options = {};
  for (const key of flagged) {
    const { flag, kind } = schema[key]!;
    config[flag!] = {
      type: kind === 'boolean' ? 'boolean' : 'string',
      multiple: kind === 'lines' || kind === 'key-values',
    };
  }
  const { values, positionals } = parseFlags(argv, config);
  const raw: Partial<Record<Key, RawValue>> = {};
  for (const key of flagged) {
    const value = values[schema[key]!.flag!] as RawValue | undefined;
    if (value !== undefined) raw[key] = schema[key]!.negated ? !value : value;
  }
  const nameOf = (key: Key) => (schema[key]!.flag ? `--${schema[key]!.flag}` : key);
  const required = (key: Key) => {
    const hint = schema[key]!.required;
    return new PinshipError(`${nameOf(key)} is required`, { hint: typeof hint === 'string' ? hint : 'see --help' });
  };
  return { ...readOptions(schema, raw, nameOf, required), positionals };
}

/**
 * Writes a result as one JSON object on one line. A `#` before `#[` is written `\u0023`: the same
 * JSON value, but no `##[` for an Actions runner to read as a legacy workflow command when the
 * record holds a program's output (a one-line object never starts a line with `::`).
 */
export function printJson(stdout: NodeJS.WritableStream, value: unknown): void {
  stdout.write(`${JSON.stringify(value).replace(/#(?=#\[)/g, '\\u0023')}\n`);
}

/** Reads a registry password from stdin (`--password-stdin`, as docker login) and masks it. */
export async function readPasswordStdin(log: Logger): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!password) throw new PinshipError('read an empty password from stdin', { field: '--password-stdin' });
  log.addSecret(password);
  return password;
}
