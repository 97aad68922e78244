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
    for (const form of maskedForms(value)) core.setSecret(form);
  }
}

/**
 * What to mask for a secret. The runner masks output line by line, so a value with a line break
 * in it (a secret file's trailing newline, a PEM key) would never match whole: its trimmed form
 * and each of its lines are masked too (lines of 3 characters or more, as SecretMask does:
 * masking the `}` of a JSON secret everywhere would hide the log, and tells nothing). Blank
 * values are not masked (the runner warns on them).
 */
export function maskedForms(value: string): string[] {
  const lines = value.includes('\n') ? value.split(/\r?\n/).map((line) => line.trim()) : [];
  const forms = [value, value.trim(), ...lines.filter((line) => line.length >= 3)];
  return [...new Set(forms)].filter((form) => form.trim() !== '');
}
