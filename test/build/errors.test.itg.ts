import type Docker from 'dockerode';
import { createServer } from 'node:net';
import { chownSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage, type BuildOptions } from '../../src/build/build-image.js';
import { connectEngine } from '../../src/docker/engine.js';
import { PinshipError } from '../../src/errors.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { RecordingLogger, cleanEnv, projectRepos, tempDir } from './helpers.js';
import { listTags } from './registry-helpers.js';

const infra = testInfra();
let docker: Docker;

beforeAll(async () => {
  docker = await connectEngine();
});
afterAll(() => {
  repos.removeAll();
});

const repos = projectRepos();
const project = (files: Record<string, string>) => repos.make(files);

/** Runs a build expected to fail; returns its one-line message and what was logged. */
async function failure(options: Partial<BuildOptions> & { context: string; image: string }) {
  const log = new RecordingLogger();
  const err = await buildImage(
    { push: true, username: infra.username, password: infra.password, env: cleanEnv(), ...options },
    { docker, log },
  ).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PinshipError);
  const message = (err as PinshipError).format();
  expect(message).not.toContain('\n');
  return { message, log };
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const okDockerfile = () => `FROM ${infra.baseImage}\nRUN echo ok\n`;

describe('bad input: each a one-line error naming what failed, nothing pushed', () => {
  it('a missing context directory', async () => {
    const { message } = await failure({ context: '/nonexistent/pinship-ctx', image: uniqueRepo(infra, 'err') });
    expect(message).toBe('context: the build context /nonexistent/pinship-ctx is not a directory');
  });

  it('a context that is a file', async () => {
    const dir = project({ Dockerfile: okDockerfile() });
    const { message } = await failure({ context: `${dir}/Dockerfile`, image: uniqueRepo(infra, 'err') });
    expect(message).toBe(`context: the build context ${dir}/Dockerfile is not a directory`);
  });

  it('a Dockerfile without instructions (empty, or comments only)', async () => {
    for (const text of ['', '# syntax is not an instruction\n\n']) {
      const dir = project({ Dockerfile: text });
      const { message } = await failure({ context: dir, image: uniqueRepo(infra, 'err') });
      expect(message).toBe(`file: the Dockerfile ${dir}/Dockerfile has no instructions (it needs at least a FROM)`);
    }
  });

  it('a checkout git refuses for its owner (safe.directory), not taken for "no git"', async () => {
    const dir = project({ Dockerfile: okDockerfile() });
    chownSync(dir, 1001, 1001); // as a checkout made by another user in a CI container
    const { message, log } = await failure({ context: dir, image: uniqueRepo(infra, 'err') });
    expect(message).toBe(
      `context: git refuses the repository of the build context ${dir}: detected dubious ownership in ` +
        `repository at '${dir}' (if you trust it, run: git config --global --add safe.directory ${dir})`,
    );
    expect(log.lines.join('\n')).not.toContain('not in a git work tree');
  });

  it('a network the builder cannot use, and a malformed platform, before anything is sent', async () => {
    const dir = project({ Dockerfile: okDockerfile() });
    const image = uniqueRepo(infra, 'err');
    const bogus = await failure({ context: dir, image, network: 'bogus' });
    expect(bogus.message).toBe(
      'network: unknown network "bogus" for the BuildKit builder: use one of default, none, host',
    );
    const classic = await failure({ context: dir, image, network: 'bogus', builder: 'classic' });
    expect(classic.message).toMatch(
      /^network: unknown network "bogus" for the classic builder: use one of default, none, host/,
    );
    const platform = await failure({ context: dir, image, platform: 'linux' });
    expect(platform.message).toBe('platform: invalid platform "linux": write os/arch[/variant], e.g. linux/arm64');
    for (const log of [bogus.log, classic.log, platform.log])
      expect(log.lines.some((l) => l.startsWith('=='))).toBe(false);
  });

  it('a missing Dockerfile', async () => {
    const dir = project({ 'a.txt': 'a' });
    const { message } = await failure({
      context: dir,
      file: `${dir}/docker/Dockerfile`,
      image: uniqueRepo(infra, 'err'),
    });
    expect(message).toBe(`file: the Dockerfile ${dir}/docker/Dockerfile does not exist`);
  });

  it('an invalid image reference', async () => {
    const dir = project({ Dockerfile: okDockerfile() });
    const { message } = await failure({ context: dir, image: '127.0.0.1:5000/Team/Compute' });
    expect(message).toMatch(
      /^image: invalid image reference "127\.0\.0\.1:5000\/Team\/Compute": the repository must be lowercase/,
    );
  });

  it('an unknown target stage', async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage} AS builder\nRUN echo b\nFROM builder AS runtime\n` });
    const { message } = await failure({ context: dir, image: uniqueRepo(infra, 'err'), target: 'tests' });
    expect(message).toBe(`target: unknown build stage "tests" in ${dir}/Dockerfile: its stages are builder, runtime`);
  });

  it('a failing step, named with its output shown', async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nRUN echo about to fail && echo oops >&2 && exit 3\n` });
    const image = uniqueRepo(infra, 'err-step');
    const { message, log } = await failure({ context: dir, image });
    // The Dockerfile line of the failing step, BuildKit's step name and its error.
    expect(message).toMatch(/failed at Dockerfile:2: \[2\/2\] RUN echo about to fail .*exit code: 3$/);
    expect(log.lines).toContain('failing step: [2/2] RUN echo about to fail && echo oops >&2 && exit 3');
    expect(log.lines, log.lines.join('\n')).toContain('  oops');
    expect(await listTags(image)).toEqual([]);
  });

  it("a failing step's repeated output drops terminal escape sequences, with either builder", async () => {
    const printf = "printf '\\033[2J\\033]8;;http://x.invalid\\033\\\\link\\033]8;;\\033\\\\ \\033[31mred\\033[0m\\n'";
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nRUN ${printf} && exit 3\n` });
    for (const builder of ['buildkit', 'classic']) {
      const { log } = await failure({ context: dir, image: uniqueRepo(infra, 'err-escapes'), builder });
      const tail = log.lines.slice(log.lines.findIndex((l) => l.startsWith('failing step: ')) + 1);
      expect(tail, builder).toContain('  link red');
      expect(tail.join('\n'), builder).not.toContain('\x1b');
    }
  });

  it('a wrong password: refused before anything is built or pushed', async () => {
    const dir = project({ Dockerfile: okDockerfile() });
    const image = uniqueRepo(infra, 'err-auth');
    const { message, log } = await failure({ context: dir, image, password: 'not-the-password' });
    expect(message).toBe(
      `registry ${infra.registry} refused the credentials for user ${infra.username} (check the username and ` +
        'password (from inputs))',
    );
    expect(log.lines.some((l) => /^(Step |#\d+ )/.test(l))).toBe(false);
    expect(log.lines.join('\n')).not.toContain('not-the-password');
    expect(await listTags(image)).toEqual([]);
  });

  it('no credentials at all for a registry that requires them', async () => {
    const dir = project({ Dockerfile: okDockerfile() });
    const empty = tempDir();
    repos.track(empty.cleanup);
    mkdirSync(`${empty.dir}/docker`);
    const { message } = await failure({
      context: dir,
      image: uniqueRepo(infra, 'err-anon'),
      username: undefined,
      password: undefined,
      env: cleanEnv({ DOCKER_CONFIG: `${empty.dir}/docker` }),
    });
    expect(message).toMatch(
      new RegExp(`^registry ${infra.registry.replace(/\./g, '\\.')} requires credentials and none were given`),
    );
  });

  it('a registry address with nothing listening', async () => {
    const dir = project({ Dockerfile: okDockerfile() });
    const port = await closedPort();
    const { message } = await failure({ context: dir, image: `127.0.0.1:${port}/test/down` });
    expect(message).toBe(
      `checking access to 127.0.0.1:${port}/test/down: cannot reach registry 127.0.0.1:${port} at ` +
        `http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port} (is the registry running, and is the ` +
        'address right?)',
    );
  });

  it('an unreachable Docker engine', async () => {
    const err = await connectEngine({ DOCKER_HOST: 'unix:///nonexistent/docker.sock' }).catch((e: unknown) => e);
    expect((err as PinshipError).format()).toMatch(
      /^cannot reach the Docker engine at unix:\/\/\/nonexistent\/docker\.sock: .*ENOENT/,
    );
  });
});
