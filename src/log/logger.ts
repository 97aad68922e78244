/** How library code speaks: to a terminal, to CI logs, or to GitHub Actions' log commands. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a collapsible log group (Actions) or under a heading (terminal). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** A status line that replaces itself on a terminal and prints once per change elsewhere. */
  progress(line: string): void;
  /** Masks `value` in everything logged from now on. */
  addSecret(value: string): void;
}

/** Replaces every registered secret with `***`. */
export class SecretMask {
  private readonly secrets = new Set<string>();

  add(value: string): void {
    // Very short values would mask ordinary words; GitHub ignores them too.
    if (value && value.length >= 3) this.secrets.add(value);
  }

  apply(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}
