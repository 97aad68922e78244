import type Docker from 'dockerode';
import { describeError } from '../errors.js';
import type { Logger } from '../log/logger.js';

/**
 * Force-removes a container and its anonymous volumes (so no volume is left behind either).
 * Resolves to whether it is gone: true when removed or already absent (404); a failure is a warning.
 */
export async function removeContainer(docker: Docker, id: string, log: Logger): Promise<boolean> {
  try {
    await docker.getContainer(id).remove({ force: true, v: true });
    return true;
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return true;
    log.warn(`removing container ${id.slice(0, 12)}: ${describeError(err)}`);
    return false;
  }
}
