import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describeError } from '../errors.js';
import { kustomizeBuild } from '../kube/kustomize.js';
import type { Overlay } from './overlay.js';

/** What an overlay's kustomize build holds that pin decides on: its images, and those of its Jobs. */
export interface OverlayBuild {
  /** Every string `image:` field in the build (containers, init containers, CRDs alike). */
  images: string[];
  /** The container and init container images of every `kind: Job`. */
  jobImages: string[];
}

/** The build, or why it could not be made (no kustomize nor kubectl, a remote base, a broken overlay). */
export type OverlayBuildResult = { build: OverlayBuild } | { error: string };

/** Renders an overlay as it is on disk (before the pin) with the real kustomize. */
export async function buildOverlay(repo: string, overlay: Overlay): Promise<OverlayBuildResult> {
  let stream: string | undefined;
  try {
    stream = await kustomizeBuild(join(repo, overlay.dir));
  } catch (err) {
    return { error: describeError(err) };
  }
  if (stream === undefined) return { error: 'kubectl not found' };
  const images: string[] = [];
  const jobImages: string[] = [];
  for (const doc of parseAllDocuments(stream)) {
    const resource = doc.toJS() as Record<string, unknown> | null;
    collectImages(resource, images);
    if (resource?.kind === 'Job') jobImages.push(...podImages(resource));
  }
  return { build: { images, jobImages } };
}

function collectImages(node: unknown, found: string[]): void {
  if (Array.isArray(node)) for (const item of node) collectImages(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'image' && typeof value === 'string') found.push(value);
      else collectImages(value, found);
    }
  }
}

/** A Job's pod template images (`spec.template.spec` containers and init containers). */
function podImages(job: Record<string, unknown>): string[] {
  const pod = (job.spec as { template?: { spec?: Record<string, unknown> } } | undefined)?.template?.spec;
  const containers = [pod?.initContainers, pod?.containers].flatMap((list) => (Array.isArray(list) ? list : []));
  return containers
    .map((c: { image?: unknown }) => c?.image)
    .filter((image): image is string => typeof image === 'string');
}
