import { describe, expect, it } from 'vitest';
import { checkObserveFlags } from '../../src/cli/run-observe.js';

describe('run --observe flags', () => {
  it('refuses --observe without --overlay, and its options without --observe', () => {
    expect(() => checkObserveFlags({ observe: true })).toThrow('--observe goes with --overlay DIR');
    expect(() => checkObserveFlags({ overlay: 'o', kustomization: 'a/b' })).toThrow(
      '--kustomization: --kustomization goes with --observe',
    );
    expect(() => checkObserveFlags({ overlay: 'o', reconcile: true })).toThrow('--reconcile goes with --observe');
  });

  it('takes --kustomization only as NAMESPACE/NAME', () => {
    expect(() => checkObserveFlags({ overlay: 'o', observe: true, kustomization: 'staging' })).toThrow(
      '--kustomization: expected NAMESPACE/NAME, got "staging"',
    );
    expect(() => checkObserveFlags({ overlay: 'o', observe: true, kustomization: 'apps/staging' })).not.toThrow();
  });
});
