import { chmodSync, cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { renderOverlay } from '../../src/kube/render.js';
import { buildOverlay } from '../../src/pin/overlay-build.js';
import type { Overlay } from '../../src/pin/overlay.js';
import { writeFiles } from '../git/remote.js';
import { FIXTURES } from '../pin/fixtures.js';
import { scratchDir } from '../support/scratch.js';

const savedPath = process.env.PATH;
const DEV: Overlay = { dir: 'overlays/dev', file: 'overlays/dev/kustomization.yaml', path: '' };
afterEach(() => {
  process.env.PATH = savedPath;
});

function overlayRepo(): string {
  const repo = scratchDir('pinship-kustomize-');
  cpSync(join(FIXTURES, '_base'), join(repo, 'base'), { recursive: true });
  writeFiles(repo, { 'overlays/dev/kustomization.yaml': 'resources:\n- ../../base\n' });
  return repo;
}

/** A PATH holding kubectl alone, whether or not the machine has a standalone kustomize too. */
function kubectlOnly(): string {
  const bin = scratchDir('pinship-kubectl-only-');
  symlinkSync('/usr/bin/kubectl', join(bin, 'kubectl'));
  return bin;
}

describe('one kustomize runner for pin and run', () => {
  it('both render with the standalone kustomize when it is on PATH, and the same objects', async () => {
    const repo = overlayRepo();
    const dir = join(repo, 'overlays/dev');
    process.env.PATH = kubectlOnly();
    const viaKubectl = await renderOverlay(dir);
    const bin = scratchDir('pinship-kustomize-shim-');
    const calls = join(bin, 'calls');
    writeFileSync(calls, '');
    // A standalone kustomize that is kubectl's: `kustomize build DIR`, each call logged.
    const shim = `#!/bin/sh\necho "$*" >> '${calls}'\nshift\nexec /usr/bin/kubectl kustomize "$@"\n`;
    writeFileSync(join(bin, 'kustomize'), shim);
    chmodSync(join(bin, 'kustomize'), 0o755);
    process.env.PATH = `${bin}:${kubectlOnly()}`;
    const pinned = await buildOverlay(repo, DEV);
    expect(await renderOverlay(dir)).toEqual(viaKubectl);
    expect(readFileSync(calls, 'utf8')).toBe(`build ${dir}\nbuild ${dir}\n`);
    expect(pinned).toMatchObject({ build: { jobImages: expect.any(Array) } });
  });

  it('a broken overlay: one error class naming the directory, for both', async () => {
    const repo = overlayRepo();
    writeFiles(repo, { 'overlays/dev/kustomization.yaml': 'resources:\n- ../missing\n' });
    const dir = join(repo, 'overlays/dev');
    process.env.PATH = kubectlOnly();
    const err = await renderOverlay(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).message).toMatch(`${dir}: overlay: kubectl kustomize ${dir} failed: `);
    const pinned = await buildOverlay(repo, DEV);
    expect(pinned).toEqual({ error: expect.stringMatching(`^${dir}: kubectl kustomize ${dir} failed: `) });
  });
});
