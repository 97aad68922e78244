import { type ExecFileSyncOptionsWithStringEncoding, execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { scratchDir } from '../support/scratch.js';

export const FIXTURES = join(import.meta.dirname, '../fixtures/pin');

export interface GoldenCase {
  name: string;
  overlays: string[];
  images: string[];
}

/** Every golden case: test/fixtures/pin/<case>/{case.json,original,expected}. */
export function goldenCases(): GoldenCase[] {
  return readdirSync(FIXTURES)
    .filter((d) => !d.startsWith('_'))
    .map((name) => ({ name, ...JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) }));
}

/** A temp dir holding `base/` (the shared workloads) and `overlay/` (a copy of `original/`). */
export function stageCase(name: string, from: 'original' | 'expected' = 'original'): string {
  const dir = scratchDir(`pinship-golden-${name}-`);
  cpSync(join(FIXTURES, '_base'), join(dir, 'base'), { recursive: true });
  cpSync(join(FIXTURES, name, from), join(dir, 'overlay'), { recursive: true });
  return dir;
}

/** All files below `dir`, relative, sorted, with their bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) out.set(p, Buffer.from(`-> ${readlinkSync(join(dir, p))}`));
      else if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(join(dir, p)));
    }
  };
  walk('');
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Renders a kustomization with the real kustomize, the oracle: the standalone `kustomize` when it
 * is on PATH (a third of kubectl's start-up), else `kubectl kustomize`.
 */
export function render(dir: string): Record<string, unknown>[] {
  return parseAllDocuments(kustomize(dir)).map((d) => d.toJS() as Record<string, unknown>);
}

/** Whether to try the standalone kustomize: until one call finds none on PATH. */
let standalone = true;

function kustomize(dir: string): string {
  // stderr kept from the test output (kustomize 5.8 warns of deprecated fields such as commonLabels);
  // a failed render still carries it in its error.
  const options: ExecFileSyncOptionsWithStringEncoding = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };
  if (standalone) {
    try {
      return execFileSync('kustomize', ['build', dir], options);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      standalone = false;
    }
  }
  return execFileSync('kubectl', ['kustomize', dir], options);
}

/** A container of a rendered resource: where it is and its image. */
export interface RenderedImage {
  at: string;
  image: string;
}

/** A rendered resource, walked loosely: a wrong shape fails the test that reads it. */
// biome-ignore lint/suspicious/noExplicitAny: parsed YAML of any kind; the tests index into it freely.
type Resource = Record<string, any>;

/** The pod spec of a workload: Deployment/Job template, or a CronJob's job template. */
function podSpec(resource: Resource): Resource | undefined {
  return resource.spec?.jobTemplate?.spec?.template?.spec ?? resource.spec?.template?.spec;
}

/** Lists every container and init container image, keyed `Kind/name/containers|initContainers/name`. */
export function renderedImages(resources: Resource[]): RenderedImage[] {
  return resources.flatMap((r) => {
    const spec = podSpec(r);
    if (!spec) return [];
    return (['initContainers', 'containers'] as const).flatMap((kind) =>
      ((spec[kind] ?? []) as { name: string; image: string }[]).map((c) => ({
        at: `${r.kind}/${r.metadata.name}/${kind}/${c.name}`,
        image: c.image,
      })),
    );
  });
}

/** The resources with every image blanked and pinship's Job-roll annotations removed. */
export function withoutImages(resources: Resource[]): unknown {
  const copy = JSON.parse(JSON.stringify(resources)) as Resource[];
  for (const r of copy) {
    const spec = podSpec(r);
    for (const kind of ['initContainers', 'containers']) for (const c of spec?.[kind] ?? []) c.image = '<image>';
    const ann = r.metadata?.annotations;
    if (r.kind === 'Job' && ann) {
      delete ann['argocd.argoproj.io/sync-options'];
      delete ann['kustomize.toolkit.fluxcd.io/force'];
      if (Object.keys(ann).length === 0) delete r.metadata.annotations;
    }
  }
  return copy;
}

/** The image name as a workload spells it, without tag or digest. */
export function imageName(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at === -1 ? image : image.slice(0, at);
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}

/** A repository layout with one overlay per name, each pinning compute and worker by tag. */
export function overlayFiles(names: string[], jobImages: string[] = []): Record<string, string> {
  const files: Record<string, string> = { 'base/kustomization.yaml': 'resources: []\n' };
  if (jobImages.length) {
    // A Job running these images: pin adds its Job-roll patch to overlays that pin one of them.
    const containers = jobImages.map((image, i) => `      - name: c${i}\n        image: ${image}\n`).join('');
    files['base/kustomization.yaml'] = 'resources:\n- job.yaml\n';
    files['base/job.yaml'] =
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: sim\nspec:\n  template:\n    spec:\n      restartPolicy: ' +
      `Never\n      containers:\n${containers}`;
  }
  for (const n of names) {
    files[`overlays/${n}/kustomization.yaml`] =
      `# ${n}\nresources:\n- ../../base\nimages:\n- name: compute\n  newTag: v1 # old\n- name: worker\n  newTag: v1\n`;
  }
  return files;
}

/** What the runner passes the pin action for the inputs a test leaves out: action.yml's defaults. */
export const PIN_ACTION_DEFAULTS: Record<string, string> = {
  commit: 'false',
  push: 'false',
  'pull-request': 'false',
  'dry-run': 'false',
  'job-roll': 'true',
  // Digests made up for the tests: never asked of a registry.
  'verify-digest': 'false',
  'working-directory': '.',
};
