import { describeError } from '../../errors.js';
import type { Logger } from '../../log/logger.js';
import { pinCommitOf } from '../../provenance/pin-trailers.js';
import { RegistryClient } from '../../registry/client.js';
import { resolveCredentials } from '../../registry/credentials.js';
import { imageLabels } from '../../registry/image-labels.js';
import { parseReference } from '../../registry/reference.js';
import type { SourceRecord } from '../../record/types.js';

const REVISION_LABEL = 'org.opencontainers.image.revision';

/**
 * The source commit of an overlay's pinned image, when no one gave it: the image's
 * org.opencontainers.image.revision label (its config, from the registry), else the
 * `Pinship-Source` trailer of the commit that pinned its digest in the overlay's repository.
 * Each is logged, as is their absence; neither failing stops the run.
 */
export async function overlaySource(
  image: string,
  dir: string,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<SourceRecord | undefined> {
  const ref = parseReference(image);
  if (!ref.digest) {
    log.info('source commit unknown: the overlay does not pin its image by digest (pass --source-commit)');
    return undefined;
  }
  const label = await revisionLabel(ref.registry, ref.path, ref.digest, log, env);
  if (label) {
    log.info(`source commit ${label}: the image's ${REVISION_LABEL} label`);
    return { commit: label, from: 'image-label' };
  }
  const pinned = await pinCommitOf(dir, ref.digest);
  if (pinned) {
    log.info(`source commit ${pinned.source}: the Pinship-Source trailer of pin commit ${pinned.pin.slice(0, 12)}`);
    return { commit: pinned.source, from: 'pin-commit' };
  }
  log.info(`source commit unknown: no ${REVISION_LABEL} label, no pin commit of it here (pass --source-commit)`);
  return undefined;
}

async function revisionLabel(
  registry: string,
  repository: string,
  digest: string,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  try {
    const credentials = await resolveCredentials(registry, { env });
    const client = new RegistryClient(registry, {
      credentials,
      log,
      retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    });
    return (await imageLabels(client, repository, digest))[REVISION_LABEL] || undefined;
  } catch (err) {
    log.warn(`reading the ${REVISION_LABEL} label of ${registry}/${repository}@${digest}: ${describeError(err)}`);
    return undefined;
  }
}
