import type { Logger } from './logger.js';

/** A logger that drops everything: for library callers that want no output. */
export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  debug: () => {},
  group: (_name, fn) => fn(),
  progress: () => {},
  addSecret: () => {},
};
