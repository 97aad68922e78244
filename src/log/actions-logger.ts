import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import type { Logger } from './logger.js';

/**
 * The runner treats any output line that starts with `::` as a workflow command. Text we only
 * relay (build output, a shard's log) may hold such lines, so it is written between
 * `::stop-commands::<token>` and `::<token>::`, which makes the runner read it as plain text.
 */
export function inertLog(message: string, write: (text: string) => void = core.info): void {
  if (!/^\s*::/m.test(message)) {
    write(message);
    return;
  }
  const token = randomBytes(16).toString('hex');
  write(`::stop-commands::${token}`);
  write(message);
  write(`::${token}::`);
}

/** Logs through GitHub Actions' workflow commands; secrets are masked by the runner itself. */
export class ActionsLogger implements Logger {
  private lastProgress = '';

  info(message: string): void {
    inertLog(message);
  }

  warn(message: string): void {
    core.warning(message);
  }

  debug(message: string): void {
    core.debug(message);
  }

  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }

  progress(line: string): void {
    if (line === this.lastProgress) return;
    this.lastProgress = line;
    inertLog(line);
  }

  addSecret(value: string): void {
    core.setSecret(value);
  }
}
