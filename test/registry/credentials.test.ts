import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PinshipError } from '../../src/errors.js';
import { resolveCredentials } from '../../src/registry/credentials.js';
import { tempDir } from '../build/helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

function dockerConfig(config: unknown): { DOCKER_CONFIG: string; dir: string } {
  const t = tempDir('pinship-creds-');
  cleanup = t.cleanup;
  mkdirSync(`${t.dir}/docker`);
  writeFileSync(`${t.dir}/docker/config.json`, JSON.stringify(config));
  return { DOCKER_CONFIG: `${t.dir}/docker`, dir: t.dir };
}

describe('resolveCredentials', () => {
  it('prefers explicit inputs', async () => {
    const { DOCKER_CONFIG } = dockerConfig({ auths: { 'r.example': { auth: Buffer.from('a:b').toString('base64') } } });
    expect(await resolveCredentials('r.example', { username: 'u', password: 'p', env: { DOCKER_CONFIG } })).toEqual({
      username: 'u',
      password: 'p',
      source: 'inputs',
    });
  });

  it('reads base64 auths, whatever form the key is written in', async () => {
    const auth = Buffer.from('bot:pa:ss').toString('base64');
    const { DOCKER_CONFIG } = dockerConfig({
      auths: { 'https://r.example/v1/': { auth }, 'https://index.docker.io/v1/': { auth } },
    });
    expect(await resolveCredentials('r.example', { env: { DOCKER_CONFIG } })).toEqual({
      username: 'bot',
      password: 'pa:ss',
      source: 'config.json auths',
    });
    expect((await resolveCredentials('docker.io', { env: { DOCKER_CONFIG } }))?.username).toBe('bot');
    expect(await resolveCredentials('other.example', { env: { DOCKER_CONFIG } })).toBeUndefined();
  });

  it('asks a credential helper, by execFile with the server on stdin', async () => {
    const { DOCKER_CONFIG, dir } = dockerConfig({ credHelpers: { 'r.example': 'pinshiptest' } });
    const helper = `${dir}/docker-credential-pinshiptest`;
    writeFileSync(
      helper,
      '#!/bin/sh\nread server\n[ "$1" = get ] && printf ' +
        '\'{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}\' "$server"\n',
    );
    chmodSync(helper, 0o755);
    const env = { DOCKER_CONFIG, PATH: `${dir}:${process.env.PATH}` };
    expect(await resolveCredentials('r.example', { env })).toEqual({
      username: 'helper-user',
      password: 'helper-secret',
      source: 'docker-credential-pinshiptest',
    });
  });

  it("a failing helper's error holds none of its output (it may print secrets); no crash", async () => {
    const { DOCKER_CONFIG, dir } = dockerConfig({ credHelpers: { 'r.example': 'leaky' } });
    // Exits at once without reading stdin: writing the server name to it then fails (EPIPE).
    writeFileSync(`${dir}/docker-credential-leaky`, '#!/bin/sh\necho "debug: secret is hunter2" >&2\nexit 3\n');
    chmodSync(`${dir}/docker-credential-leaky`, 0o755);
    const env = { DOCKER_CONFIG, PATH: `${dir}:${process.env.PATH}` };
    for (let i = 0; i < 5; i++) {
      const err = (await resolveCredentials('r.example', { env }).catch((e: unknown) => e)) as PinshipError;
      expect(err.format()).toBe(
        'docker-credential-leaky get failed for r.example: exit 3 ' +
          '(run `echo r.example | docker-credential-leaky get` to see what it says)',
      );
    }
  });

  it('is undefined without a config file, and rejects half a pair of inputs', async () => {
    expect(await resolveCredentials('r.example', { env: { DOCKER_CONFIG: '/nonexistent' } })).toBeUndefined();
    await expect(resolveCredentials('r.example', { username: 'u', env: {} })).rejects.toThrow(
      'give both a username and a password',
    );
  });
});
