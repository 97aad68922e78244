import { imageMatches } from './image-use.js';
import type { OverlayBuildResult } from './overlay-build.js';

/** Whether to add the Job-roll patch, and what to say when that cannot be known. */
export interface JobRollDecision {
  roll: boolean;
  warning?: string;
}

/**
 * The patch is only for overlays whose build has a Job running a pinned image: elsewhere it would
 * be lines of noise in a file where only the pinned lines should change. `names` are the names
 * the build may show for the pinned images (an entry's `name`, and its `newName` when it already
 * has one: the build is made before the pin, with the overlay's current entries applied).
 */
export function decideJobRoll(overlayDir: string, built: OverlayBuildResult, names: string[]): JobRollDecision {
  if ('error' in built) {
    return {
      roll: false,
      warning:
        `${overlayDir}: cannot tell whether a Job uses the pinned image (${built.error}), so no Job-roll patch was ` +
        'added; pin where kubectl runs, or add the patch by hand if a Job uses it (docs/pin.md)',
    };
  }
  return { roll: built.build.jobImages.some((image) => names.some((name) => imageMatches(image, name))) };
}
