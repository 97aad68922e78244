import { randomBytes } from 'node:crypto';

/**
 * The runner treats any output line that starts with `::` as a workflow command, and still reads
 * the legacy form `##[command]data` anywhere in a line (its ActionCommand.TryParse looks for
 * `##[` with IndexOf). Text we only relay (build output, a shard's log) may hold such lines, so it
 * is written between `::stop-commands::<token>` and `::<token>::`, which makes the runner read it
 * as plain text. Kept free of `@actions/core` so that the CLI bundle does not carry it.
 */
export function inertLog(message: string, write: (text: string) => void): void {
  // The runner trims a line with .NET's Char.IsWhiteSpace before looking for `::`: that counts
  // U+0085 (NEL), which JavaScript's \s does not.
  if (!/^[\s\u0085]*::|##\[/m.test(message)) {
    write(message);
    return;
  }
  const token = randomBytes(16).toString('hex');
  write(`::stop-commands::${token}`);
  write(message);
  write(`::${token}::`);
}
