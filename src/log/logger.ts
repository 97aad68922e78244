/** How library code speaks: to a terminal, to CI logs, or to GitHub Actions' log commands. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log group (Actions) or under a heading (terminal). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** A status line that replaces itself on a terminal and prints once per change elsewhere. */
  progress(line: string): void;
  /** True when progress rewrites one line in place (a terminal): only then is a ticking clock worth showing. */
  readonly liveProgress?: boolean;
  /** Masks `value` in everything logged from now on. */
  addSecret(value: string): void;
}

/** Replaces every registered secret with `***`. */
export class SecretMask {
  /** Longest first: masking `abc` before `abcdef` would leave `***def` showing. */
  private secrets: string[] = [];

  add(value: string): void {
    // Logs are read line by line, so a multi-line value (a PEM key) never appears whole in one:
    // each line of it is a secret. Very short ones would mask ordinary words; GitHub skips them too.
    for (const line of value.split(/\r?\n/)) {
      if (line.length >= 3 && !this.secrets.includes(line))
        this.secrets = [...this.secrets, line].sort((a, b) => b.length - a.length);
    }
  }

  apply(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}
