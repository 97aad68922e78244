import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubeconfigSecrets, withKubeconfigFile } from '../../src/kube/kubeconfig-file.js';
import { scratchDir } from '../support/scratch.js';

describe('withKubeconfigFile', () => {
  it('gives the content in a file only its owner reads, and removes it afterwards, also on failure', async () => {
    const dir = scratchDir('pinship-kc-');
    let seen = '';
    await expect(
      withKubeconfigFile(
        'apiVersion: v1\n',
        async (path) => {
          seen = path;
          expect(readFileSync(path, 'utf8')).toBe('apiVersion: v1\n');
          expect(statSync(path).mode & 0o777).toBe(0o600);
          throw new Error('the run failed');
        },
        dir,
      ),
    ).rejects.toThrow('the run failed');
    expect(seen.startsWith(dir)).toBe(true);
    expect(existsSync(seen)).toBe(false);
  });
});

describe('kubeconfigSecrets', () => {
  it('masks the whole content and every value of its users, not the cluster names', () => {
    const content =
      'clusters:\n- name: prod\n  cluster: {server: https://k}\nusers:\n- name: ci\n  user:\n    token: ' +
      'abc.def.ghi\n    client-key-data: S0VZ\n';
    expect(kubeconfigSecrets(content).sort()).toEqual([content, 'S0VZ', 'abc.def.ghi'].sort());
  });
});
