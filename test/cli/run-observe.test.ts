import { describe, expect, it } from 'vitest';
import { cliError } from './run-error.js';

const REF = `127.0.0.1:5000/team/compute@sha256:${'a'.repeat(64)}`;

describe('run --observe flags', () => {
  it('refuses --observe without --overlay, and its options without --observe', async () => {
    expect(await cliError(['--observe', REF])).toBe('--observe: --observe goes with --overlay');
    expect(await cliError(['--overlay', 'o', '--kustomization', 'a/b'])).toBe(
      '--kustomization: --kustomization goes with --observe',
    );
    expect(await cliError(['--overlay', 'o', '--reconcile'])).toBe('--reconcile: --reconcile goes with --observe');
  });

  it('takes --kustomization only as NAMESPACE/NAME', async () => {
    expect(await cliError(['--overlay', 'o', '--observe', '--kustomization', 'staging'])).toBe(
      '--kustomization: expected NAMESPACE/NAME, got "staging"',
    );
  });

  it.each([
    ['--namespace', 'pr-12'],
    ['--image', `compute=${REF}`],
    ['--allow-kind', 'Secret'],
    ['--pull-request', '12'],
    ['--ttl', '1h'],
    ['--cleanup'],
    ['--rerun'],
  ])('refuses %s, which an observed run would ignore (Flux applies)', async (flag, ...value) => {
    expect(await cliError(['--overlay', 'o', '--observe', flag, ...value])).toBe(
      `${flag}: --observe applies nothing (Flux applies the commit): ${flag} would be ignored`,
    );
  });

  it('refuses --shards beside an observed overlay as beside any overlay', async () => {
    expect(await cliError(['--overlay', 'o', '--observe', '--shards', '4'])).toBe(
      '--shards: --overlay runs what the overlay says: --shards cannot be given beside it',
    );
  });
});
