import { createHash } from 'node:crypto';
import { PIN_TRAILER, SOURCE_TRAILER } from '../provenance/pin-trailers.js';
import type { ImageChange, ImagePin } from '../kube/kustomization/image-pin.js';
import type { PlannedFile } from './plan.js';

/**
 * The commit message is the Result (as in fluxcd/image-automation-controller): subject naming
 * images and overlays, one block per file with old -> new, then trailers that record where
 * each pin came from (read back by provenance.ts).
 */
export function commitMessage(files: PlannedFile[], pins: ImagePin[], sourceCommit?: string): string {
  const names = [...new Set(files.flatMap((f) => f.images.map((i) => i.name)))];
  const digests = names.map((n) => {
    const pin = pins.find((p) => p.name === n);
    return `${n}@${pin?.ref.digest?.slice(0, 19) ?? '?'}`;
  });
  const dirs = files.map((f) => f.overlay.dir);
  const shown = dirs.slice(0, 3).join(', ') + (dirs.length > 3 ? ` and ${dirs.length - 3} more` : '');
  const lines = [`pin ${digests.join(', ')} in ${shown}`, ''];
  for (const f of files) {
    lines.push(f.overlay.file);
    for (const i of f.images) lines.push(`  ${describeChange(i)}`);
  }
  lines.push('');
  if (sourceCommit) lines.push(`${SOURCE_TRAILER}: ${sourceCommit}`);
  for (const f of files)
    for (const i of f.images) {
      const pin = pins.find((p) => p.name === i.name);
      lines.push(`${PIN_TRAILER}: ${f.overlay.file} ${i.name} ${pin?.ref.digest ?? ''}`);
    }
  return `${lines.join('\n')}\n`;
}

/** Branch names are cut to this length, the hash included. */
const MAX_BRANCH = 80;

/**
 * The branch pinship owns in pull-request mode: `pinship/pin-<images>-<overlays>-<hash>`, from the
 * whole image names and overlay paths (slugged, cut when long), so `clusters/eu/prod` and
 * `clusters/us/prod` get branches of their own instead of replacing each other's. The 8 hex digits
 * of a hash of the unslugged inputs keep names that slug alike apart (`eu-west` and `eu/west`, or
 * images `a-b` + `x` and `a` + `b-x`).
 */
export function pullRequestBranch(pins: ImagePin[], overlays: string[]): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const name = `pinship/pin-${pins.map((p) => slug(p.name)).join('-')}-${overlays.map(slug).join('-')}`;
  const hash = createHash('sha256')
    .update(JSON.stringify([pins.map((p) => p.name), overlays]))
    .digest('hex')
    .slice(0, 8);
  return `${name.slice(0, MAX_BRANCH - 9).replace(/-+$/, '')}-${hash}`;
}

/** `compute: compute:v1 -> repo@sha256:…`, as the commit message, logs and the CLI show a change. */
export function describeChange(change: ImageChange): string {
  return `${change.name}: ${change.old ?? '(none)'} -> ${change.new}`;
}

/**
 * The pull request's title and body, from the commit message. The old -> new lines quote
 * values read from the overlays (any tag an author wrote), so the body shows them in a code
 * fence (longer than any backtick run inside, as CommonMark requires): GitHub then renders
 * no Markdown, HTML or @mention from them. The trailers stay plain lines after the fence, so a
 * squash merge that takes the body as its message still carries them.
 */
export function pullRequestText(message: string): { title: string; body: string } {
  const [title = '', ...rest] = message.trimEnd().split('\n');
  const trailer = new RegExp(`^(?:${SOURCE_TRAILER}|${PIN_TRAILER}): `);
  const changes = rest.filter((l) => l.trim() !== '' && !trailer.test(l));
  const trailers = rest.filter((l) => trailer.test(l));
  const longest = Math.max(2, ...(changes.join('\n').match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return { title, body: [fence, ...changes, fence, '', ...trailers].join('\n') };
}
