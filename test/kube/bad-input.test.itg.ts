import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { runOverlay } from '../../src/run/kube/run-overlay.js';
import { scratchDir } from '../support/scratch.js';
import { clusterKubeconfig, kubeTestLogger, kustomization, writeOverlay } from './support.js';

// Refused before anything is applied or written (no cluster state needed beyond the kubeconfig).
describe('run --overlay refuses bad input with an error naming what to fix', () => {
  const overlay = () =>
    writeOverlay({
      'kustomization.yaml': kustomization('nowhere', ['cm.yaml']),
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
    });
  const run = (options: Partial<Parameters<typeof runOverlay>[0]>) =>
    runOverlay({
      overlay: overlay(),
      kubeconfig: clusterKubeconfig(),
      log: kubeTestLogger(),
      out: join(scratchDir('pinship-bad-'), 'run.json'),
      ...options,
    });

  it('a context the kubeconfig does not have, listing the ones it has', async () => {
    const err = (await run({ context: 'prod' }).catch((e: unknown) => e)) as PinshipError;
    expect(err.format()).toMatch(/^context: no context "prod" in .*kubeconfig \(contexts: pinship-test\)$/);
  });

  it('a kubeconfig that is missing', async () => {
    const err = await run({ kubeconfig: '/nonexistent/kubeconfig' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).message).toMatch(
      /^\/nonexistent\/kubeconfig: kubeconfig: reading the kubeconfig: .*ENOENT/,
    );
  });

  it('neither kustomize nor kubectl on PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = scratchDir('pinship-empty-path-');
    try {
      await expect(run({})).rejects.toThrow(/^overlay: neither kustomize nor kubectl is on PATH/);
    } finally {
      process.env.PATH = path;
    }
  });

  it('an overlay with nothing to run or wait for', async () => {
    await expect(run({})).rejects.toThrow(
      /: overlay: the overlay has no Job and no Deployment: nothing to run or wait for$/,
    );
  });

  it('an overlay kustomize cannot render', async () => {
    const dir = writeOverlay({ 'kustomization.yaml': 'resources: [missing.yaml]\n' });
    // Either renderer: the standalone kustomize when it is on PATH, else kubectl's.
    const said = /: overlay: (?:kustomize build|kubectl kustomize) .* failed: .*missing\.yaml/;
    await expect(run({ overlay: dir })).rejects.toThrow(said);
  });
});
