import type { Logger } from '../log/logger.js';
import type { OverlayBuildResult } from './overlay-build.js';
import type { Overlay } from './overlay.js';

/**
 * Whether an `image:` value is one kustomize's images transformer matches by `name`: the same
 * pattern as kustomize's `IsImageMatched` (api/internal/image/image.go), name then an optional
 * `:tag` then an optional `@algorithm:digest`, with the name taken literally.
 */
export function imageMatches(image: string, name: string): boolean {
  if (!image.startsWith(name)) return false;
  return /^(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z][a-zA-Z0-9]*:[a-zA-Z0-9_.{}-]*)?$/.test(image.slice(name.length));
}

/** The name part of an image reference, as kustomize's `image.Split` reads it (no tag, no digest). */
function imageName(image: string): string {
  const slash = Math.max(image.indexOf('/'), 0);
  const rest = image.slice(slash);
  const cut = [rest.indexOf('@'), rest.indexOf(':')].filter((i) => i >= 0);
  return cut.length ? image.slice(0, slash + Math.min(...cut)) : image;
}

/**
 * Warnings for image entries a pin *added* that nothing in the overlay's build could use (a
 * mistyped NAME such as `comptue`). The build is the overlay as it is before the pin (the added
 * entry goes last, so it sees exactly these images). Kustomize allows unused entries and a later
 * resource may use one, so this only warns. Without a build (no kubectl, or an overlay that does
 * not render here: a remote base, say), the check is skipped with a debug line.
 */
export function unusedImageWarnings(
  overlay: Overlay,
  added: string[],
  built: OverlayBuildResult,
  log: Logger,
  spellings: ReadonlyMap<string, string> = new Map(),
): string[] {
  if (added.length === 0) return [];
  if ('error' in built) {
    log.debug(
      `${overlay.dir}: not checking whether ${added.join(', ')} ` +
        `${added.length > 1 ? 'are' : 'is'} used: ${built.error}`,
    );
    return [];
  }
  const { images } = built.build;
  const used = [...new Set(images.map((image) => spelledAs(imageName(image), spellings)))].sort();
  return added
    .filter((name) => !images.some((image) => imageMatches(image, name)))
    .map(
      (name) =>
        `${overlay.dir}: no workload uses image ${JSON.stringify(name)} ` +
        `(${used.length ? `images used: ${used.join(', ')}` : 'its build uses no image'}); ` +
        'the entry was added anyway',
    );
}

/**
 * The NAME a user types for an image the build shows: an overlay entry that renames `app` to
 * `127.0.0.1:5000/team/app` is pinned as `app` (pinning the new name would add a second entry).
 */
function spelledAs(name: string, spellings: ReadonlyMap<string, string>): string {
  let spelled = name;
  // Entries may rename in a chain (a -> b, b -> c); a cycle ends after as many steps as entries.
  for (let step = 0; step < spellings.size && spellings.has(spelled); step++) spelled = spellings.get(spelled)!;
  return spelled;
}
