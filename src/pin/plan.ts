import { readFile } from 'node:fs/promises';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { wrapError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { silentLogger } from '../log/silent-logger.js';
import type { Logger } from '../log/logger.js';
import { unusedImageWarnings } from './image-use.js';
import { editKustomization, parseKustomization, readImages, type ImageChange, type ImagePin } from './kustomization-edit.js';
import { resolveOverlay, type Overlay } from './overlay.js';

/** One kustomization file with its text before and after the pin. */
export interface PlannedFile {
  overlay: Overlay;
  before: string;
  after: string;
  images: ImageChange[];
}

/** Decides whether a pin must be left alone (a newer source commit pinned it); returns why, or undefined. */
export type KeepDecision = (file: string, pin: ImagePin, currentDigest: string | undefined) => string | undefined;

/** A pin that was not applied because the overlay holds a newer one. */
export interface KeptPin {
  file: string;
  name: string;
  reason: string;
}

export interface Plan {
  files: PlannedFile[];
  kept: KeptPin[];
  /** Entries added for a name nothing in the overlay's build uses (image-use.ts); the caller logs them. */
  warnings: string[];
}

export interface PlanOptions {
  repo: string;
  overlays: string[];
  images: ImagePin[];
  rollJobs: boolean;
  keep?: KeepDecision;
  /** For the debug line when the added-entry check cannot run (no kubectl). */
  log?: Logger;
}

/** Resolves every overlay first, then reads and edits every file in memory: nothing is written. */
export async function planPins(options: PlanOptions): Promise<Plan> {
  const overlays = dedupe(options.overlays.map((dir) => resolveOverlay(options.repo, dir)));
  const files: PlannedFile[] = [];
  const kept: KeptPin[] = [];
  const warnings: string[] = [];
  for (const overlay of overlays) {
    let before: string;
    try {
      before = await readFile(overlay.path, 'utf8');
    } catch (err) {
      throw wrapError(`reading ${overlay.file}`, err, { file: overlay.file });
    }
    let pins = options.images;
    if (options.keep) {
      const current = new Map(readImages(parseKustomization(before, overlay.file)).map((e) => [e?.name, e]));
      pins = pins.filter((pin) => {
        const reason = options.keep!(overlay.file, pin, current.get(pin.name)?.digest);
        if (reason) kept.push({ file: overlay.file, name: pin.name, reason });
        return !reason;
      });
    }
    if (pins.length === 0) continue;
    const { text, images } = editKustomization(before, overlay.file, pins, { rollJobs: options.rollJobs });
    if (images.length === 0) continue;
    files.push({ overlay, before, after: text, images });
    // Only added entries (old === null) are checked, once per overlay: re-pinning a name that
    // already has an entry (the common case, and the benchmark's) never runs kubectl.
    const added = images.filter((i) => i.old === null).map((i) => i.name);
    if (added.length) warnings.push(...(await unusedImageWarnings(options.repo, overlay, added, options.log ?? silentLogger)));
  }
  return { files, kept, warnings };
}

/**
 * Writes every planned file atomically; call only once the whole plan is known to be valid.
 * Should a write still fail (disk full), the files already written get their old text back.
 */
export async function writePlan(plan: Plan): Promise<void> {
  const written: PlannedFile[] = [];
  for (const f of plan.files) {
    try {
      await writeFileAtomic(f.overlay.path, f.after);
      written.push(f);
    } catch (err) {
      for (const w of written.reverse()) await writeFileAtomic(w.overlay.path, w.before).catch(() => undefined);
      throw wrapError('writing the pin', err, { file: f.overlay.file });
    }
  }
}

/** The unified diff of the plan, as `--dry-run` prints it. */
export function planDiff(plan: Plan): string {
  return plan.files
    .map((f) => createTwoFilesPatch(`a/${f.overlay.file}`, `b/${f.overlay.file}`, f.before, f.after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY }))
    .join('');
}

function dedupe(overlays: Overlay[]): Overlay[] {
  const seen = new Set<string>();
  return overlays.filter((o) => !seen.has(o.file) && Boolean(seen.add(o.file)));
}
