import { PinshipError, wrapError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { RegistryClient } from '../registry/client.js';
import { resolveCredentials } from '../registry/credentials.js';
import { formatReference } from '../registry/reference.js';
import type { ImagePin } from '../kube/kustomization/image-pin.js';

const SKIP_HINT =
  'to pin without asking the registry (offline), pass --no-verify-digest (action: verify-digest: false)';

/**
 * Refuses a pin whose digest the registry does not hold (a typo, an image never pushed): one
 * HEAD request per image, with the credentials `docker login` left (DOCKER_CONFIG or
 * ~/.docker/config.json, credential helpers included).
 */
export async function verifyDigests(pins: ImagePin[], log: Logger, env: NodeJS.ProcessEnv = process.env) {
  const clients = new Map<string, RegistryClient>();
  for (const pin of pins) {
    const { registry, path, digest } = pin.ref;
    const ref = formatReference(pin.ref);
    let client = clients.get(registry);
    let found: boolean;
    try {
      if (!client) {
        const credentials = await resolveCredentials(registry, { env });
        client = new RegistryClient(registry, { credentials, log, credentialsHint: 'run docker login for it' });
        clients.set(registry, client);
      }
      found = await client.hasManifest(path, digest!);
    } catch (err) {
      throw wrapError(`checking that ${ref} exists`, err, { hint: SKIP_HINT });
    }
    if (!found) {
      throw new PinshipError(`${pin.name}: ${ref} is not in registry ${registry} (no manifest with that digest)`, {
        hint: `push it first (pinship build --push prints the digest) or correct the digest; ${SKIP_HINT}`,
      });
    }
    log.debug(`${ref}: the registry holds it`);
  }
}
