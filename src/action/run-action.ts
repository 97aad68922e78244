import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { ActionsLogger } from '../log/actions-logger.js';
import type { Logger } from '../log/logger.js';

/** Runs an action entry; the only place that turns a thrown error into a failed step. */
export async function runAction(main: (log: Logger) => Promise<void>): Promise<void> {
  try {
    await main(new ActionsLogger());
  } catch (err) {
    core.setFailed(describeError(err));
  }
}
