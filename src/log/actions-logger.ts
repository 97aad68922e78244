import * as core from '@actions/core';
import { inertLog } from './inert-log.js';
import type { Logger } from './logger.js';

/** Logs through GitHub Actions' workflow commands; secrets are masked by the runner itself. */
export class ActionsLogger implements Logger {
  private lastProgress = '';

  info(message: string): void {
    inertLog(message, core.info);
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
    inertLog(line, core.info);
  }

  addSecret(value: string): void {
    core.setSecret(value);
  }
}
