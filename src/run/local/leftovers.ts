import type Docker from 'dockerode';
import { removeContainer } from '../../docker/container.js';
import type { Logger } from '../../log/logger.js';
import { RUN_LABEL } from './attempt.js';

/**
 * Removes every container of a run: those carrying its `io.pinship.run` label, plus `known` ids
 * (a create whose reply was lost may not be listed yet). Resolves to how many were removed.
 */
export async function removeRunContainers(
  docker: Docker,
  runId: string,
  log: Logger,
  known: Iterable<string> = [],
): Promise<number> {
  const listed = await docker
    .listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${runId}`] } })
    .catch(() => []);
  const ids = new Set([...known, ...listed.map((c) => c.Id)]);
  const removed = await Promise.all([...ids].map((id) => removeContainer(docker, id, log)));
  return removed.filter(Boolean).length;
}
