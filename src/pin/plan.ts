import { readFile } from 'node:fs/promises';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { wrapError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { silentLogger } from '../log/silent-logger.js';
import type { Logger } from '../log/logger.js';
import { unusedImageWarnings } from './image-use.js';
import { editKustomization } from '../kube/kustomization/edit.js';
import type { ImageChange, ImagePin } from '../kube/kustomization/image-pin.js';
import { hasJobRollPatch } from '../kube/kustomization/job-roll-patch.js';
import { parseKustomization, readImages } from '../kube/kustomization/parse.js';
import { decideJobRoll } from './job-roll.js';
import { buildOverlay, type OverlayBuildResult } from './overlay-build.js';
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
  const kept: KeptPin[] = [];
  const edits: PendingEdit[] = [];
  for (const overlay of overlays) {
    const edit = await editOverlay(overlay, options, kept);
    if (edit) edits.push(edit);
  }
  // kubectl runs only where a decision needs the build, a few at a time: re-pinning entries of an
  // overlay that already has the patch (the common case, and the benchmark's) never starts it.
  const builds = await mapLimit(edits, BUILDS_AT_ONCE, (e): Promise<OverlayBuildResult | undefined> => {
    if (e.added.length === 0 && !e.wantsJobRoll) return Promise.resolve(undefined);
    // A Component builds to nothing by itself: what it changes depends on the overlays that include it.
    if (e.component) return Promise.resolve({ error: 'a kustomize Component has no build of its own' });
    return buildOverlay(options.repo, e.overlay);
  });
  const log = options.log ?? silentLogger;
  const files: PlannedFile[] = [];
  const warnings: string[] = [];
  for (const [i, edit] of edits.entries()) {
    const built = builds[i];
    let after = edit.after;
    if (built) {
      warnings.push(...unusedImageWarnings(edit.overlay, edit.added, built, log, edit.spellings));
      const decision = edit.wantsJobRoll ? decideJobRoll(edit.overlay.dir, built, edit.buildNames) : { roll: false };
      if (decision.warning) warnings.push(decision.warning);
      if (decision.roll) after = editKustomization(edit.before, edit.overlay.file, edit.pins, { rollJobs: true }).text;
    }
    files.push({ overlay: edit.overlay, before: edit.before, after, images: edit.images });
  }
  return { files, kept, warnings };
}

/** How many `kubectl kustomize` builds run at once. */
const BUILDS_AT_ONCE = 4;

/** One overlay's edit before the decisions that need its build. */
interface PendingEdit {
  overlay: Overlay;
  pins: ImagePin[];
  before: string;
  /** The text with the pins and without the Job-roll patch. */
  after: string;
  images: ImageChange[];
  /** Names of entries this pin adds (checked against the build for typos). */
  added: string[];
  /** The Job-roll patch is on and missing: the build decides whether to add it. */
  wantsJobRoll: boolean;
  /** The names the build may show for the pinned images. */
  buildNames: string[];
  /** A name the overlay's entries rename to (`newName`) -> the entry's `name`, the NAME a user pins. */
  spellings: Map<string, string>;
  /** `kind: Component`: included by overlays, never built alone. */
  component: boolean;
}

/** Reads an overlay and pins into its text in memory; undefined when nothing changes. */
async function editOverlay(overlay: Overlay, options: PlanOptions, kept: KeptPin[]): Promise<PendingEdit | undefined> {
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
  if (pins.length === 0) return undefined;
  const { text, images, original: doc } = editKustomization(before, overlay.file, pins, { rollJobs: false });
  if (images.length === 0) return undefined;
  const entries = new Map(readImages(doc).map((e) => [e?.name, e]));
  const buildNames = pins.flatMap((pin) => [pin.name, entries.get(pin.name)?.newName ?? pin.name]);
  return {
    overlay,
    pins,
    before,
    after: text,
    images,
    added: images.filter((i) => i.old === null).map((i) => i.name),
    wantsJobRoll: options.rollJobs && !hasJobRollPatch(doc),
    buildNames: [...new Set(buildNames)],
    spellings: new Map(
      [...entries.values()].reverse().flatMap((e) => (e?.newName && e.name ? [[e.newName, e.name] as const] : [])),
    ),
    component: (doc.toJS() as { kind?: unknown } | null)?.kind === 'Component',
  };
}

/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
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
    .map((f) =>
      createTwoFilesPatch(`a/${f.overlay.file}`, `b/${f.overlay.file}`, f.before, f.after, undefined, undefined, {
        context: 3,
        headerOptions: FILE_HEADERS_ONLY,
      }),
    )
    .join('');
}

function dedupe(overlays: Overlay[]): Overlay[] {
  const seen = new Set<string>();
  return overlays.filter((o) => !seen.has(o.file) && Boolean(seen.add(o.file)));
}
