import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { maskKubeconfig } from '../../src/action/mask-kubeconfig.js';
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
  it('masks the whole content and the secret values of its users, not the cluster names', () => {
    const content =
      'clusters:\n- name: prod\n  cluster: {server: https://k}\nusers:\n- name: ci\n  user:\n    token: ' +
      'abc.def.ghi\n    client-key-data: S0VZ\n';
    expect(kubeconfigSecrets(content).sort()).toEqual([content, 'S0VZ', 'abc.def.ghi'].sort());
  });

  it('masks passwords, auth-provider config and exec env values; names, paths and commands stay readable', () => {
    const content = [
      'users:',
      '- name: ci',
      '  user:',
      '    username: deployer',
      '    password: hunter2-pw',
      '    client-certificate: /etc/kube/ci.crt',
      '    client-key: /etc/kube/ci.key',
      '    as: admin',
      '- name: oidc',
      '  user:',
      '    auth-provider:',
      '      name: oidc',
      '      config: {client-id: pod, client-secret: cs-123, id-token: eyJ.x.y, refresh-token: rt-456}',
      '- name: eks',
      '  user:',
      '    exec:',
      '      apiVersion: client.authentication.k8s.io/v1beta1',
      '      command: aws',
      '      args: [eks, get-token, --cluster-name, prod]',
      '      env: [{name: AWS_PROFILE, value: prod}, {name: AWS_SECRET_ACCESS_KEY, value: wJalr-secret}]',
      '',
    ].join('\n');
    expect(kubeconfigSecrets(content).sort()).toEqual(
      [content, 'hunter2-pw', 'cs-123', 'eyJ.x.y', 'rt-456', 'wJalr-secret'].sort(),
    );
  });
});

describe('maskKubeconfig (the action entries)', () => {
  it("registers the content and each secret value with the runner's mask, and nothing else", async () => {
    const content = 'users:\n- name: ci\n  user:\n    username: deployer\n    token: abc.def.ghi\n';
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await maskKubeconfig(content);
      await maskKubeconfig('');
    } finally {
      write.mockRestore();
    }
    const masks = written
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'));
    // The whole text is one command: its line breaks are escaped (%0A), as the runner expects.
    expect(masks.sort()).toEqual(['::add-mask::abc.def.ghi', `::add-mask::${content.replaceAll('\n', '%0A')}`].sort());
  });
});
