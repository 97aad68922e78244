import { PinshipError } from '../errors.js';
import { parseKeyValues, splitList } from '../inputs/key-value.js';
import { parseWholeNumber } from '../inputs/whole-number.js';

/** The kinds of value an option holds; each surface reads a kind the same way. */
export type OptionKind = 'string' | 'boolean' | 'count' | 'lines' | 'key-values' | 'enum';

/** What a surface gave for an option: a string, the lines of a multi-line input or repeated flag, or a switch. */
export type RawValue = string | readonly string[] | boolean;

/** Where an option is spelled: its CLI flag (without `--`) and its action input; absent means not there. */
export interface OptionNames {
  flag?: string;
  input?: string;
  /** The CLI flag is `--no-<name>` and sets the boolean to false (an input says `false`). */
  negated?: boolean;
  /** Not given is an error; a string is the hint. */
  required?: boolean | string;
  /** Lines as given, `#` lines included (an argument may start with `#`). */
  literal?: boolean;
  /** The action's default (its action.yml `default:`), where it is not the CLI's. */
  actionDefault?: string;
}

/** One option of a verb: its names, its kind, and how a given value becomes the typed value. */
export interface Option<T> extends OptionNames {
  kind: OptionKind;
  /** The allowed words of an enum. */
  values?: readonly string[];
  /** The typed value when the option is not given. */
  fallback: T;
  /** Converts what was given; `field` (the flag or input name) names it in errors. */
  read(raw: RawValue, field: string): T;
}

/** The table of a verb's options, keyed by the name its library function takes. */
export type Schema = Record<string, Option<unknown>>;

/** The typed options object a schema describes. */
export type OptionsOf<S extends Schema> = { [K in keyof S]: S[K] extends Option<infer T> ? T : never };

const asText = (raw: RawValue): string => (typeof raw === 'string' ? raw : String(raw));
const asLines = (raw: RawValue): string[] => (typeof raw === 'string' ? [raw] : Array.isArray(raw) ? [...raw] : []);

/** A string; `parse` checks and converts it (a duration, a quantity, an id). */
export function text(names: OptionNames): Option<string | undefined>;
export function text<T>(names: OptionNames, parse: (value: string, field: string) => T): Option<T | undefined>;
export function text(names: OptionNames, parse?: (value: string, field: string) => unknown): Option<unknown> {
  return {
    ...names,
    kind: 'string',
    fallback: undefined,
    read: (raw, field) => (parse ? parse(asText(raw), field) : asText(raw)),
  };
}

/** A string that must be given. */
export function requiredText(names: OptionNames, hint?: string): Option<string> {
  return { ...names, required: hint ?? true, kind: 'string', fallback: '', read: (raw) => asText(raw) };
}

/** A string with a default (not converted: it is the converted value). */
export function textOr(names: OptionNames, fallback: string): Option<string>;
export function textOr<T>(names: OptionNames, fallback: T, parse: (value: string, field: string) => T): Option<T>;
export function textOr(
  names: OptionNames,
  fallback: unknown,
  parse?: (value: string, field: string) => unknown,
): Option<unknown> {
  return { ...names, kind: 'string', fallback, read: (raw, field) => (parse ? parse(asText(raw), field) : raw) };
}

/** A switch: `--flag` (or `--no-flag` when negated) on the CLI; true/false, yes/no, 1/0 as an input. */
export function boolean(names: OptionNames, fallback = false): Option<boolean> {
  return { ...names, kind: 'boolean', fallback, read: (raw, field) => readBoolean(raw, field) };
}

/** A whole number of at least `min`. */
export function count(names: OptionNames, min: number): Option<number | undefined>;
export function count(names: OptionNames, min: number, fallback: number): Option<number>;
export function count(names: OptionNames, min: number, fallback?: number): Option<number | undefined> {
  return { ...names, kind: 'count', fallback, read: (raw, field) => parseWholeNumber(asText(raw), field, min) };
}

/**
 * Lines: a repeatable flag, or a multi-line input (blank and `#` lines dropped); `split` also
 * splits each at commas. `parse` converts the list (image pins, metrics).
 */
export function lines(names: OptionNames & { split?: boolean }): Option<string[]>;
export function lines<T>(
  names: OptionNames & { split?: boolean },
  parse: (lines: string[], field: string) => T,
): Option<T | undefined>;
export function lines(
  names: OptionNames & { split?: boolean },
  parse?: (lines: string[], field: string) => unknown,
): Option<unknown> {
  const { split, ...rest } = names;
  return {
    ...rest,
    kind: 'lines',
    fallback: parse ? undefined : [],
    read: (raw, field) => {
      const list = split ? asLines(raw).flatMap(splitList) : asLines(raw);
      return parse ? parse(list, field) : list;
    },
  };
}

/** `KEY=VALUE` lines (build args, labels, env). */
export function keyValues(names: OptionNames): Option<Record<string, string>> {
  return {
    ...names,
    kind: 'key-values',
    fallback: Object.create(null) as Record<string, string>,
    read: (raw, field) => parseKeyValues(asLines(raw), field),
  };
}

/** One of a few words; without a fallback, not given is undefined (the library chooses). */
export function oneOf<const V extends string>(names: OptionNames, values: readonly V[]): Option<V | undefined>;
export function oneOf<const V extends string>(names: OptionNames, values: readonly V[], fallback: V): Option<V>;
export function oneOf<const V extends string>(names: OptionNames, values: readonly V[], fallback?: V): Option<unknown> {
  return {
    ...names,
    kind: 'enum',
    values,
    fallback,
    read: (raw, field) => {
      const word = asText(raw).trim();
      if (!(values as readonly string[]).includes(word)) {
        const words = `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
        throw new PinshipError(`expected ${words}, got ${JSON.stringify(word)}`, { field });
      }
      return word as V;
    },
  };
}

function readBoolean(raw: RawValue, field: string): boolean {
  if (typeof raw === 'boolean') return raw;
  const word = asText(raw).trim().toLowerCase();
  if (['true', 'yes', '1'].includes(word)) return true;
  if (['false', 'no', '0'].includes(word)) return false;
  throw new PinshipError(`expected true or false, got ${JSON.stringify(word)}`, { field });
}

/** A verb's options as one surface (the CLI or the action) gave them. */
export interface ReadOptions<S extends Schema> {
  values: OptionsOf<S>;
  /** The options given (a switch: set to other than its default). */
  given: ReadonlySet<keyof S & string>;
  /** The option as this surface spells it in errors: `--shards` or `shards`. */
  nameOf(key: keyof S & string): string;
}

/** Converts each given raw value (keyed by option) and fills in the rest with their defaults. */
export function readOptions<S extends Schema>(
  schema: S,
  raw: Partial<Record<keyof S & string, RawValue>>,
  nameOf: (key: keyof S & string) => string,
  required: (key: keyof S & string) => PinshipError,
): ReadOptions<S> {
  const values: Record<string, unknown> = {};
  const given = new Set<keyof S & string>();
  for (const key of Object.keys(schema) as (keyof S & string)[]) {
    const option = schema[key]!;
    const value = raw[key];
    if (value === undefined) {
      if (option.required) throw required(key);
      values[key] = option.fallback;
      continue;
    }
    values[key] = option.read(value, nameOf(key));
    if (option.kind !== 'boolean' || values[key] !== option.fallback) given.add(key);
  }
  return { values: values as OptionsOf<S>, given, nameOf };
}
