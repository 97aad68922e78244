import { readGitHubContext } from '../github/context.js';
import { describeError, PinshipError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { RegistryClient } from '../registry/client.js';
import type { RegistryCredentials } from '../registry/credentials.js';
import { parseReference, type ImageReference } from '../registry/reference.js';
import { sanitizeTag } from './tags.js';

/** A cache source or destination: `REPO:TAG`, or a bare tag of the image's own repository. */
export function cacheReference(text: string, image: ImageReference, field: string): ImageReference {
  const ref = parseReference(/[/:@]/.test(text) ? text : `${image.name}:${text}`, field);
  if (!ref.tag && !ref.digest) return { ...ref, tag: 'latest' };
  return ref;
}

/**
 * The `cache-to` tag: the pushed image (which carries BuildKit's inline cache metadata) also goes
 * under this tag of its own repository. The Engine API (1.41) cannot export a separate cache
 * manifest (`type=registry`), so a cache elsewhere is refused up front.
 */
export function cacheTarget(text: string | undefined, image: ImageReference): ImageReference | undefined {
  if (!text) return undefined;
  const ref = cacheReference(text, image, 'cache-to');
  if (ref.registry !== image.registry || ref.path !== image.path || !ref.tag || ref.digest) {
    throw new PinshipError(
      `cache-to ${text}: give a tag of ${image.name}: the cache is the pushed image itself, ` +
        'with inline cache metadata (the Engine API exports no separate cache)',
      { field: 'cache-to' },
    );
  }
  return ref;
}

/**
 * Where layers may come from when none are given: the previous image of this branch (or pull
 * request), then that of the pull request's base branch, then the default branch's. A fresh
 * runner's engine has none of them, so without this every build starts from nothing.
 */
export function defaultCacheSources(
  image: ImageReference,
  tags: readonly string[],
  defaultBranch: string | undefined,
  env: NodeJS.ProcessEnv,
): string[] {
  const own = tags.find((t) => !t.startsWith('sha-'));
  const branches = [env.GITHUB_BASE_REF, readGitHubContext(env).defaultBranch ?? defaultBranch].map(
    (b) => b && sanitizeTag(b),
  );
  const out = [own, ...branches].filter((t): t is string => Boolean(t)).map((t) => `${image.name}:${t}`);
  return [...new Set(out)];
}

/**
 * The cache sources that exist and can be read. A missing or unreadable one is left out with a
 * line saying why (a warning when it was asked for; a note for the defaults, which a branch's
 * first build never has): the build goes on without it.
 */
export async function usableCacheSources(
  sources: readonly string[],
  given: boolean,
  credentialsFor: (registry: string) => Promise<RegistryCredentials | undefined>,
  log: Logger,
): Promise<string[]> {
  const checks = await Promise.all(
    sources.map(async (source) => {
      try {
        const ref = parseReference(source, 'cache-from');
        const client = new RegistryClient(ref.registry, { credentials: await credentialsFor(ref.registry), log });
        const found = await client.findManifest(ref.path, ref.digest ?? ref.tag ?? 'latest');
        return found ? undefined : 'not found';
      } catch (err) {
        if (err instanceof PinshipError && err.field === 'cache-from' && given) throw err;
        return describeError(err);
      }
    }),
  );
  const usable: string[] = [];
  sources.forEach((source, i) => {
    const problem = checks[i];
    if (!problem) usable.push(source);
    else if (given) log.warn(`cache ${source} cannot be used (${problem}): building without it`);
    else log.info(`no cache from ${source} (${problem})`);
  });
  return usable;
}
