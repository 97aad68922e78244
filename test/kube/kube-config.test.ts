import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClusterAccess } from '../../src/kube/kube-config.js';
import { scratchDir } from '../support/scratch.js';

function kubeconfig(current: string, cluster: string, server: string, namespace: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    `current-context: ${current}`,
    'clusters:',
    `- name: ${cluster}`,
    `  cluster: {server: ${server}}`,
    'users:',
    '- name: ci',
    `  user: {token: token-${current}}`,
    'contexts:',
    `- name: ${current}`,
    `  context: {cluster: ${cluster}, user: ci, namespace: ${namespace}}`,
    '',
  ].join('\n');
}

describe('loadClusterAccess with several KUBECONFIG files', () => {
  it("merges as kubectl does: the first file's current-context and same-named entries win", () => {
    const dir = scratchDir('pinship-kubeconfig-');
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    writeFileSync(first, kubeconfig('team', 'shared', 'https://127.0.0.1:6443', 'team-ns'));
    writeFileSync(second, kubeconfig('other', 'shared', 'https://127.0.0.1:7443', 'other-ns'));
    const access = loadClusterAccess({ env: { KUBECONFIG: `${first}:${second}` } });
    expect(access.config.getCurrentContext()).toBe('team');
    expect(access.namespace).toBe('team-ns');
    expect(access.config.getCurrentCluster()?.server).toBe('https://127.0.0.1:6443');
    expect(access.config.getContexts().map((c) => c.name)).toEqual(['team', 'other']);
  });
});
