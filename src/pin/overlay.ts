import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PinshipError } from '../errors.js';
import { overlayMissing } from '../kube/kustomize.js';

/** The file names kustomize accepts for a kustomization, in its own order of preference. */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** An overlay directory resolved inside the repository, with its kustomization file. */
export interface Overlay {
  /** Path relative to the repository root, with `/` separators (as in commit messages). */
  dir: string;
  /** The kustomization file relative to the repository root, symlinks resolved. */
  file: string;
  /** Absolute, symlink-free path of the kustomization file. */
  path: string;
}

/** True when `child` (a real path) is `root` or below it. */
function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolves an overlay directory given on the command line. Both the directory and the
 * kustomization file are resolved through symlinks (realpath) and must stay inside the
 * repository: a pin never writes outside the tree it commits.
 */
export function resolveOverlay(repoRoot: string, dir: string): Overlay {
  const root = realpathSync(repoRoot);
  const wanted = resolve(root, dir);
  const field = 'overlay';
  if (!isInside(root, wanted)) {
    throw new PinshipError(`overlay ${JSON.stringify(dir)} is outside the repository ${root}`, {
      field,
      hint: 'overlays are given relative to --repo',
    });
  }
  let real: string;
  try {
    real = realpathSync(wanted);
  } catch {
    throw overlayMissing(dir);
  }
  if (!isInside(root, real)) {
    throw new PinshipError(
      `overlay ${JSON.stringify(dir)} leads outside the repository through a symlink (to ${real})`,
      { field },
    );
  }
  if (!statSync(real).isDirectory())
    throw new PinshipError(`overlay ${JSON.stringify(dir)} is not a directory`, { field });
  const found = KUSTOMIZATION_NAMES.filter((name) => {
    try {
      return statSync(join(real, name)).isFile();
    } catch {
      return false;
    }
  });
  const relDir = relative(root, real).split(sep).join('/') || '.';
  if (found.length === 0) {
    throw new PinshipError(`no kustomization in overlay ${relDir}`, {
      field,
      hint: `expected one of ${KUSTOMIZATION_NAMES.join(', ')}`,
    });
  }
  if (found.length > 1) {
    throw new PinshipError(`overlay ${relDir} has ${found.join(' and ')}; kustomize refuses more than one`, { field });
  }
  const filePath = realpathSync(join(real, found[0]!));
  if (!isInside(root, filePath)) {
    throw new PinshipError(`${relDir}/${found[0]} is a symlink leading outside the repository (to ${filePath})`, {
      field,
    });
  }
  // A kustomization linked to another inside the repository is edited (and committed) where it
  // lives: renaming over the link would turn it into a copy, and the commit would miss the change.
  const file = relative(root, filePath).split(sep).join('/');
  return { dir: relDir, file, path: filePath };
}
