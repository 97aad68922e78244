import type { Logger } from '../../src/log/logger.js';

/** A logger that keeps what it is told, so tests can read progress lines and failed-shard groups. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly progressLines: string[] = [];
  readonly groups: string[] = [];
  private readonly watchers: { match: (line: string) => boolean; resolve: () => void }[] = [];

  info(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  debug(): void {}
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.groups.push(name);
    return fn();
  }
  progress(line: string): void {
    this.progressLines.push(line);
    for (const w of [...this.watchers]) if (w.match(line)) w.resolve();
  }
  addSecret(): void {}

  /** Resolves at the first progress line matching `pattern`. */
  waitForProgress(pattern: RegExp): Promise<void> {
    if (this.progressLines.some((l) => pattern.test(l))) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push({ match: (l) => pattern.test(l), resolve }));
  }
}
