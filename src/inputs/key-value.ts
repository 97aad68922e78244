import { PinshipError } from '../errors.js';

/**
 * Parses `KEY=VALUE` lines (build args, env, labels); the value may itself contain `=`. The result
 * has no prototype, so `__proto__=x` is a key like any other and `toString` is not already "set".
 */
export function parseKeyValues(lines: readonly string[], field: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      throw new PinshipError(`expected KEY=VALUE, got ${JSON.stringify(line)}`, { field });
    }
    out[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return out;
}

/** Splits a multi-line or comma-separated input into trimmed, non-empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
