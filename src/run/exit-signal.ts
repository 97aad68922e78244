import { constants } from 'node:os';

/**
 * `killed by signal 9 (SIGKILL)` for an exit code of 128+N, the way a container runtime (and a
 * shell) reports a process a signal ended; null for other codes. A program may also `exit 137`
 * itself, which looks the same: the message names what the code means, not who sent it.
 */
export function signalMessage(exitCode: number | null): string | null {
  if (exitCode === null || exitCode <= 128) return null;
  const signal = exitCode - 128;
  // The first name wins where two share a number (SIGABRT before SIGIOT, SIGIO before SIGPOLL).
  const name = Object.entries(constants.signals).find(([, n]) => n === signal)?.[0];
  return name ? `killed by signal ${signal} (${name})` : null;
}
