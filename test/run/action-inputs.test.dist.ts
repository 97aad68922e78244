import { describe, expect, it } from 'vitest';
import { cliError } from '../cli/run-error.js';
import { runBundledAction } from '../support/actions-runner.js';
import { scratchDir } from '../support/scratch.js';

const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('the bundled run action, given local-run inputs beside overlay', () => {
  it.each([
    ['shards', '4', '--shards'],
    ['memory', '1Gi', '--memory'],
    ['env', 'SEED=42', '--env'],
    ['user', '1000', '--user'],
  ])('refuses %s beside overlay with the message the CLI gives', async (input, value, flag) => {
    const cwd = scratchDir('pinship-run-inputs-');
    const r = runBundledAction('run', { overlay: 'overlays/kube', [input]: value }, { cwd });
    expect(r.status).toBe(1);
    const said = await cliError(['--overlay', 'overlays/kube', flag, value]);
    expect(said).toBe(`${flag}: --overlay runs what the overlay says: ${flag} cannot be given beside it`);
    expect(errorLines(r.stdout).join('\n')).toContain(
      `${input}: overlay runs what the overlay says: ${input} cannot be given beside it`,
    );
  });

  it('refuses the Kubernetes inputs without an overlay', () => {
    const cwd = scratchDir('pinship-run-inputs-');
    const r = runBundledAction('run', { image: 'team/compute:dev', cleanup: 'true' }, { cwd });
    expect(r.status).toBe(1);
    expect(errorLines(r.stdout).join('\n')).toContain('cleanup: cleanup goes with overlay');
  });
});

describe('the bundled run action with observe: true', () => {
  const REF = `127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`;
  const observing = { overlay: 'overlays/kube', observe: 'true' };

  it.each([
    ['namespace', 'pr-12'],
    ['images', `compute=${REF}`],
    ['allow-kinds', 'Secret'],
    ['pull-request', '12'],
    ['ttl', '1h'],
    ['cleanup', 'true'],
    ['rerun', 'true'],
  ])('refuses %s, which it would ignore (Flux applies), as the CLI does', async (input, value) => {
    const r = runBundledAction('run', { ...observing, [input]: value }, { cwd: scratchDir('pinship-run-inputs-') });
    expect(r.status).toBe(1);
    expect(errorLines(r.stdout)).toEqual([
      `::error::${input}: observe applies nothing (Flux applies the commit): ${input} would be ignored ` +
        "(set it in the GitOps repository's overlay, or run without observe)",
    ]);
  });

  it("takes cleanup: 'false' and rerun: 'false' (a workflow's way of saying no) as not given", () => {
    const cwd = scratchDir('pinship-run-inputs-');
    const r = runBundledAction('run', { ...observing, cleanup: 'false', rerun: 'false' }, { cwd });
    expect(r.status).toBe(1);
    // It got past the inputs, to the overlay folder that does not exist here.
    const errors = errorLines(r.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('/overlays');
    expect(errors[0]).not.toMatch(/cleanup|rerun|ignored|goes with/);
  });

  it('refuses kustomization without observe', () => {
    const cwd = scratchDir('pinship-run-inputs-');
    const r = runBundledAction('run', { overlay: 'overlays/kube', kustomization: 'flux-system/app' }, { cwd });
    expect(r.status).toBe(1);
    expect(errorLines(r.stdout).join('\n')).toContain('kustomization: kustomization goes with observe');
  });
});
