import { inertLog } from './inert-log.js';
import type { Logger } from './logger.js';
import { SecretMask } from './logger.js';

export interface ConsoleLoggerOptions {
  stream?: NodeJS.WriteStream | NodeJS.WritableStream;
  verbose?: boolean;
  /** Rewrite the progress line in place; defaults to whether the stream is a terminal. */
  interactive?: boolean;
  /**
   * Running in a GitHub Actions step (default: GITHUB_ACTIONS=true): the runner reads workflow
   * commands on stderr too, so relayed text (a shard's log) is made inert, as ActionsLogger does.
   */
  actions?: boolean;
}

/** Logs to stderr, so that `--json` output on stdout stays machine-readable. */
export class ConsoleLogger implements Logger {
  private readonly mask = new SecretMask();
  private readonly stream: NodeJS.WritableStream;
  private readonly verbose: boolean;
  private readonly interactive: boolean;
  private readonly actions: boolean;
  private lastProgress = '';
  private progressShown = false;

  constructor(options: ConsoleLoggerOptions = {}) {
    this.stream = options.stream ?? process.stderr;
    this.verbose = options.verbose ?? process.env.PINSHIP_DEBUG === '1';
    this.interactive = options.interactive ?? Boolean((this.stream as NodeJS.WriteStream).isTTY);
    this.actions = options.actions ?? process.env.GITHUB_ACTIONS === 'true';
  }

  info(message: string): void {
    this.write(message);
  }

  warn(message: string): void {
    this.write(`warning: ${message}`);
  }

  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${message}`);
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(`== ${name}`);
    return fn();
  }

  get liveProgress(): boolean {
    return this.interactive;
  }

  progress(line: string): void {
    const text = this.mask.apply(line);
    if (text === this.lastProgress) return;
    this.lastProgress = text;
    if (this.interactive) {
      this.stream.write(`\r\x1b[2K${text}`);
      this.progressShown = true;
    } else {
      this.stream.write(`${text}\n`);
    }
  }

  addSecret(value: string): void {
    this.mask.add(value);
  }

  private write(message: string): void {
    if (this.progressShown) {
      this.stream.write('\r\x1b[2K');
      this.progressShown = false;
      this.lastProgress = '';
    }
    const text = this.mask.apply(message);
    if (this.actions) inertLog(text, (line) => this.stream.write(`${line}\n`));
    else this.stream.write(`${text}\n`);
  }
}
