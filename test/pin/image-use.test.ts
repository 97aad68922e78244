import { chmodSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { imageMatches } from '../../src/pin/image-use.js';
import { pin } from '../../src/pin/pin.js';
import { RecordingLogger } from '../build/helpers.js';
import { writeFiles } from '../git/remote.js';
import { scratchDir } from '../support/scratch.js';
import { FIXTURES } from './fixtures.js';

const REF = `127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`;
// _base's workloads use compute, worker, busybox:1.36 and 127.0.0.1:5000/team/web:v1.
const USED = 'images used: 127.0.0.1:5000/team/web, busybox, compute, worker';

/** Records debug lines too: the skipped check says why only there. */
class DebugRecordingLogger extends RecordingLogger {
  override debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
}

/** A repository with the shared _base workloads and overlays/dev holding `kustomization`. */
function overlayRepo(kustomization: string): string {
  const repo = scratchDir('pinship-image-use-');
  cpSync(join(FIXTURES, '_base'), join(repo, 'base'), { recursive: true });
  writeFiles(repo, { 'overlays/dev/kustomization.yaml': kustomization });
  return repo;
}

const DEV = 'resources:\n- ../../base\nimages:\n- name: compute\n  newTag: v1\n';
const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

describe('an added images entry no workload uses (a mistyped NAME)', () => {
  it('pin --image comptue=REF: entry added; a warning names the overlay, the name and the names used', async () => {
    const repo = overlayRepo(DEV);
    const log = new RecordingLogger();
    const result = await pin({ repo, overlays: ['overlays/dev'], images: parseImagePins([`comptue=${REF}`]), log });
    const warning = `overlays/dev: no workload uses image "comptue" (${USED}); the entry was added anyway`;
    expect(result).toMatchObject({ changed: true, action: 'written', warnings: [warning] });
    expect(log.lines).toContain(`warning: ${warning}`);
    expect(readFileSync(join(repo, 'overlays/dev/kustomization.yaml'), 'utf8')).toContain('- name: comptue\n');
  });

  it('names used are listed as the user pins them: an entry renaming worker is listed as worker', async () => {
    const repo = overlayRepo(`${DEV}- name: worker\n  newName: 127.0.0.1:5000/team/worker\n  newTag: v2\n`);
    const result = await pin({
      repo,
      overlays: ['overlays/dev'],
      images: parseImagePins([`wroker=${REF}`]),
      log: new RecordingLogger(),
    });
    expect(result.warnings).toEqual([
      `overlays/dev: no workload uses image "wroker" (${USED}); the entry was added anyway`,
    ]);
  });

  it('added names the build does use (bare, with a tag, with a registry port): no warning', async () => {
    const repo = overlayRepo('resources:\n- ../../base\n');
    const log = new RecordingLogger();
    const images = parseImagePins([
      `compute=${REF}`,
      `worker=${REF}`,
      `busybox=${REF}`,
      `127.0.0.1:5000/team/web=${REF}`,
    ]);
    const result = await pin({ repo, overlays: ['overlays/dev'], images, log });
    expect(result).toMatchObject({ changed: true, warnings: [] });
    expect(log.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
  });

  it('an entry renamed by an earlier entry: the new name is what a later entry sees', async () => {
    // kustomize applies images entries in order; `compute` is already renamed to `team/compute`.
    const repo = overlayRepo('resources:\n- ../../base\nimages:\n- name: compute\n  newName: team/compute\n');
    const result = await pin({
      repo,
      overlays: ['overlays/dev'],
      images: parseImagePins([`team/compute=${REF}`, `worker=${REF}`]),
      log: new RecordingLogger(),
    });
    expect(result.warnings).toEqual([]);
  });

  it('kubectl builds an overlay once, only when a decision needs it: never to re-pin one with the patch', async () => {
    const bin = scratchDir('pinship-kubectl-shim-');
    const calls = join(bin, 'calls');
    writeFileSync(calls, '');
    writeFileSync(join(bin, 'kubectl'), `#!/bin/sh\necho "$*" >> '${calls}'\nexec /usr/bin/kubectl "$@"\n`);
    chmodSync(join(bin, 'kubectl'), 0o755);
    // The shim alone on PATH: a standalone kustomize installed on the machine would render instead.
    process.env.PATH = bin;
    const repo = overlayRepo(`${DEV}- name: worker\n  newTag: v1\n`);
    const once = `kustomize ${join(repo, 'overlays/dev')}`;
    // The first pin decides on the Job-roll patch: the base's Job runs compute, so it is added.
    const first = await pin({
      repo,
      overlays: ['overlays/dev'],
      images: parseImagePins([`compute=${REF}`, `worker=${REF}`]),
      log: new RecordingLogger(),
    });
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([once]);
    expect(readFileSync(join(repo, 'overlays/dev/kustomization.yaml'), 'utf8')).toContain('name: pinship-job-roll');
    expect(first.warnings).toEqual([]);
    writeFileSync(calls, '');
    const next = `127.0.0.1:5000/team/compute@sha256:${'b'.repeat(64)}`;
    await pin({
      repo,
      overlays: ['overlays/dev'],
      images: parseImagePins([`compute=${next}`, `worker=${next}`]),
      log: new RecordingLogger(),
    });
    expect(readFileSync(calls, 'utf8')).toBe('');
    const result = await pin({
      repo,
      overlays: ['overlays/dev'],
      images: parseImagePins([`comptue=${REF}`, `wroker=${REF}`]),
      log: new RecordingLogger(),
    });
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([once]);
    expect(result.warnings).toHaveLength(2);
  });

  it('no kubectl: entry added, no Job-roll patch, a warning says why, a debug line the skipped check', async () => {
    process.env.PATH = scratchDir('pinship-empty-path-');
    const repo = overlayRepo(DEV);
    const log = new DebugRecordingLogger();
    const result = await pin({ repo, overlays: ['overlays/dev'], images: parseImagePins([`comptue=${REF}`]), log });
    const warning =
      'overlays/dev: cannot tell whether a Job uses the pinned image (kubectl not found), so no Job-roll patch was ' +
      'added; ' +
      'pin where kubectl runs, or add the patch by hand if a Job uses it (docs/pin.md)';
    expect(result).toMatchObject({ changed: true, action: 'written', warnings: [warning] });
    expect(log.lines).toEqual([
      'debug: overlays/dev: not checking whether comptue is used: kubectl not found',
      `warning: ${warning}`,
    ]);
    expect(readFileSync(join(repo, 'overlays/dev/kustomization.yaml'), 'utf8')).not.toContain('pinship-job-roll');
  });
});

describe('imageMatches: kustomize IsImageMatched', () => {
  it.each([
    ['compute', 'compute', true],
    ['compute:v1', 'compute', true],
    [`compute@sha256:${'a'.repeat(64)}`, 'compute', true],
    [`compute:v1@sha256:${'a'.repeat(64)}`, 'compute', true],
    ['compute-x:v1', 'compute', false],
    ['127.0.0.1:5000/team/web:v1', '127.0.0.1', false],
    ['127.0.0.1:5000/team/web:v1', '127.0.0.1:5000/team/web', true],
    ['team/compute', 'compute', false],
  ])('%s by %s: %s', (image, name, expected) => {
    expect(imageMatches(image, name)).toBe(expected);
  });
});
