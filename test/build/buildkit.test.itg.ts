import type Docker from 'dockerode';
import { createHash } from 'node:crypto';
import { chmodSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildOptions } from '../../src/build/build-image.js';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { pushingBuild } from './pushing-build.js';
import { startSecondEngine, type SecondEngine } from '../support/second-engine.js';
import { RecordingLogger, cleanEnv, commitAll, projectRepos, removeLocalImages } from './helpers.js';
import { readImageFile, readImageMode, savedImage } from './image-files.js';
import { listTags, servedDigest } from './registry-helpers.js';

const infra = testInfra();
let docker: Docker;
const createdImages = new Set<string>();
const repos = projectRepos();
const project = (files: Record<string, string>) => repos.make(files);

beforeAll(async () => {
  docker = await connectEngine();
});

afterAll(async () => {
  await removeLocalImages(docker, createdImages);
  repos.removeAll();
});

const build = pushingBuild(infra, () => docker, createdImages);

async function failure(options: Partial<BuildOptions> & { context: string; image: string }) {
  const log = new RecordingLogger();
  const err = await build(options, log).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  if (!err) throw new Error('the build succeeded');
  return { message: err.message, hint: (err as { hint?: string }).hint, log };
}

/** Pushes a one-file image `repo:tag` whose /marker holds `marker`, built from the test base. */
async function pushBase(repo: string, tag: string, marker: string): Promise<string> {
  const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nRUN echo ${marker} > /marker\n` });
  const { result } = await build({ context: dir, image: `${repo}:${tag}` });
  return result.digest;
}

/** Pulls `ref` from the test registry into the engine, as `docker pull` does. */
async function pullInEngine(ref: string): Promise<void> {
  const authconfig = { username: infra.username, password: infra.password, serveraddress: infra.registry };
  const stream = await docker.pull(ref, { authconfig });
  await new Promise((resolve, reject) =>
    docker.modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve(undefined))),
  );
}

const stepLine = (log: RecordingLogger, pattern: RegExp) => log.lines.find((l) => /^#\d+ /.test(l) && pattern.test(l));

describe('BuildKit features through the Engine API', () => {
  it('RUN --mount=type=cache keeps its folder between builds', async () => {
    const dockerfile =
      `FROM ${infra.baseImage}\nCOPY v /v\nRUN --mount=type=cache,target=/cache,id=pinship-test-${Date.now()} ` +
      'cat /v >> /cache/runs && wc -l < /cache/runs > /count\n';
    const dir = project({ Dockerfile: dockerfile, v: 'one\n' });
    const image = uniqueRepo(infra, 'bk-cache-mount');
    const first = await build({ context: dir, image, push: false });
    commitAll(dir, { v: 'two\n' }, 'two');
    const second = await build({ context: dir, image, push: false });
    expect((await readImageFile(docker, first.result.ref, '/count'))?.trim()).toBe('1');
    expect((await readImageFile(docker, second.result.ref, '/count'))?.trim()).toBe('2');
  });

  it('multi-stage with --target builds that stage only', async () => {
    const dir = project({
      Dockerfile:
        `FROM ${infra.baseImage} AS base\nRUN echo base > /base\n` +
        'FROM base AS test\nRUN echo test > /test\n' +
        'FROM base AS runtime\nRUN echo runtime > /runtime\n',
    });
    const image = uniqueRepo(infra, 'bk-target');
    const { result, log } = await build({ context: dir, image, push: false, target: 'test' });
    expect(await readImageFile(docker, result.ref, '/test')).toBe('test\n');
    expect(await readImageFile(docker, result.ref, '/runtime')).toBeUndefined();
    expect(stepLine(log, /RUN echo runtime/)).toBeUndefined();
    // Stage names are case-insensitive, in the key too.
    expect((await build({ context: dir, image, push: false, target: 'TEST' })).result.skipped).toBe(true);
  });

  it('--target names a stage whose FROM continues onto the next line', async () => {
    const dir = project({
      Dockerfile:
        `ARG BASE=${infra.baseImage}\nFROM --platform=$BUILDPLATFORM \\\n    \${BASE} AS build\n` +
        'RUN echo build > /build\nFROM build AS runtime\nRUN echo runtime > /runtime\n',
    });
    const { result } = await build({
      context: dir,
      image: uniqueRepo(infra, 'bk-continued'),
      push: false,
      target: 'build',
    });
    expect(await readImageFile(docker, result.ref, '/build')).toBe('build\n');
    expect(await readImageFile(docker, result.ref, '/runtime')).toBeUndefined();
  });

  it('a secret mount: its content reaches the step, not the image nor the log', async () => {
    const secret = `s3cret-${Date.now()}`;
    const dir = project({
      Dockerfile:
        `FROM ${infra.baseImage}\n` +
        // BuildKit's cache key for a step ignores the secret's content: a new command each run.
        `RUN --mount=type=secret,id=token echo ${Date.now()} && cat /run/secrets/token && ` +
        'sha256sum /run/secrets/token | cut -d" " -f1 > /token.sha\n',
    });
    const image = uniqueRepo(infra, 'bk-secret');
    const log = new RecordingLogger();
    let maskedFrom = -1;
    const addSecret = log.addSecret.bind(log);
    log.addSecret = (value: string) => {
      if (value === secret && maskedFrom === -1) maskedFrom = log.lines.length;
      addSecret(value);
    };
    const { result } = await build(
      {
        context: dir,
        image,
        push: false,
        secrets: ['id=token,env=PINSHIP_TEST_TOKEN'],
        env: cleanEnv({ PINSHIP_TEST_TOKEN: secret }),
      },
      log,
    );
    expect((await readImageFile(docker, result.ref, '/token.sha'))?.trim()).toBe(
      createHash('sha256').update(secret).digest('hex'),
    );
    expect((await savedImage(docker, result.ref)).includes(secret)).toBe(false);
    // Every logger masks what addSecret registered: it was registered before any line, and the
    // step's own `cat` (which the logger would print as ***) came after.
    expect(maskedFrom).toBeGreaterThanOrEqual(0);
    expect(log.lines.slice(0, maskedFrom).join('\n')).not.toContain(secret);
    expect(log.lines.findIndex((l) => l.includes(secret))).toBeGreaterThan(maskedFrom);
    expect(result.inputDigest).not.toContain(secret);
  });

  it('a private base image, ARG-substituted in FROM, is pulled through the session; a moved tag rebuilds', async () => {
    const baseRepo = uniqueRepo(infra, 'bk-private-base');
    await pushBase(baseRepo, 'v1', 'first');
    await removeLocalImages(docker, [baseRepo]); // only the registry has it now
    const dir = project({
      Dockerfile: `ARG BASE=${baseRepo}\nARG TAG=v1\nFROM \${BASE}:\${TAG}\nRUN cat /marker > /seen\n`,
    });
    const image = uniqueRepo(infra, 'bk-on-private');
    const first = await build({ context: dir, image });
    expect(await readImageFile(docker, `${image}:${first.result.tags[0]}`, '/seen')).toBe('first\n');
    expect(first.log.lines.join('\n')).not.toContain(infra.password);

    await pushBase(baseRepo, 'v1', 'second'); // the tag moves; nothing in the context changed
    await removeLocalImages(docker, [baseRepo]);
    const second = await build({ context: dir, image });
    expect(second.result.skipped).toBe(false);
    expect(second.result.inputDigest).not.toBe(first.result.inputDigest);
    expect(await readImageFile(docker, `${image}:${second.result.tags[0]}`, '/seen')).toBe('second\n');
    const third = await build({ context: dir, image });
    expect(third.result.skipped).toBe(true);
  });

  it('a stale engine copy of a moved base tag is pulled first (classic; BuildKit beside a local base)', async () => {
    const baseRepo = uniqueRepo(infra, 'bk-stale-base');
    const v1 = await pushBase(baseRepo, 'v1', 'first');
    await pushBase(baseRepo, 'v1', 'second'); // the registry's v1 moves on
    // The engine keeps the first: pulled once, by the tag that has moved since (a long-lived runner).
    await pullInEngine(`${baseRepo}@${v1}`);
    await docker.getImage(`${baseRepo}@${v1}`).tag({ repo: baseRepo, tag: 'v1' });
    createdImages.add(baseRepo);
    const dockerfiles = {
      classic: `FROM ${baseRepo}:v1\nRUN cat /marker > /seen\n`,
      buildkit: `FROM ${baseRepo}:v1 AS registry\nFROM ${infra.baseImage}\nCOPY --from=registry /marker /seen\n`,
    };
    for (const [builder, dockerfile] of Object.entries(dockerfiles)) {
      await docker.getImage(`${baseRepo}@${v1}`).tag({ repo: baseRepo, tag: 'v1' });
      const dir = project({ Dockerfile: dockerfile });
      const { result, log } = await build({
        context: dir,
        image: uniqueRepo(infra, `bk-on-stale-${builder}`),
        builder,
      });
      expect(await readImageFile(docker, `${result.image}:${result.tags[0]}`, '/seen'), builder).toBe('second\n');
      expect(log.lines.some((l) => l.startsWith(`base image ${baseRepo}:v1: the engine's copy is not sha256:`))).toBe(
        true,
      );
    }
  });

  it("what this engine's frontend or pinship's session lacks fails with a hint: heredocs, SSH", async () => {
    const heredoc = project({ Dockerfile: `FROM ${infra.baseImage}\nRUN <<EOF\necho hi > /h\nEOF\n` });
    const parse = await failure({ context: heredoc, image: uniqueRepo(infra, 'bk-heredoc'), push: false });
    expect(parse.hint).toMatch(/^heredocs \(<<EOF\) need Dockerfile syntax 1\.4 or later/);
    const ssh = project({ Dockerfile: `FROM ${infra.baseImage}\nRUN --mount=type=ssh,required=true true\n` });
    const agent = await failure({ context: ssh, image: uniqueRepo(infra, 'bk-ssh'), push: false });
    expect(agent.message).toMatch(/no SSH key .* forwarded from the client/);
    expect(agent.hint).toMatch(/^pinship forwards no SSH agent to the build/);
  });

  it('a skipped build also points the cache-to tag at the image it reuses', async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nRUN echo cached > /c\n` });
    const image = uniqueRepo(infra, 'bk-cache-to-skip');
    const first = await build({ context: dir, image });
    const second = await build({ context: dir, image, cacheTo: 'buildcache' });
    expect(second.result.skipped).toBe(true);
    expect(await servedDigest(image, 'buildcache')).toBe(first.result.digest);
  });

  it('a base that exists only in the engine is keyed by its image id; no registry is asked', async () => {
    let requests = 0;
    const registry = createServer((_req, res) => {
      requests++;
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    const repo = `127.0.0.1:${(registry.address() as AddressInfo).port}/only/local`;
    try {
      await docker.getImage(infra.baseImage).tag({ repo, tag: '1' });
      createdImages.add(`${repo}:1`);
      const dir = project({ Dockerfile: `FROM ${repo}:1\nRUN echo built > /seen\n` });
      const image = uniqueRepo(infra, 'bk-local-base');
      const first = await build({ context: dir, image });
      expect((await build({ context: dir, image })).result.skipped).toBe(true);

      // The same name now names another local image: the key sees it, and the build uses it.
      const other = await build({
        context: project({ Dockerfile: `FROM ${infra.baseImage}\nRUN echo b > /b\n` }),
        image: uniqueRepo(infra, 'bk-local-base-2'),
      });
      await docker.getImage(`${other.result.image}:${other.result.tags[0]}`).tag({ repo, tag: '1' });
      const second = await build({ context: dir, image });
      expect(second.result.skipped).toBe(false);
      expect(second.result.inputDigest).not.toBe(first.result.inputDigest);
      expect(await readImageFile(docker, `${image}:${second.result.tags[0]}`, '/b')).toBe('b\n');
      expect(requests).toBe(0);
    } finally {
      registry.close();
    }
  });

  it("a different platform does not skip; the engine's own platform, named, does", async () => {
    const dir = project({ Dockerfile: 'FROM scratch\nCOPY a /a\n', a: 'a\n' });
    const image = uniqueRepo(infra, 'bk-platform');
    const native = await build({ context: dir, image });
    const arm = await build({ context: dir, image, platform: 'linux/arm64' });
    expect(arm.result.skipped).toBe(false);
    expect((await docker.getImage(`${image}:${arm.result.tags[0]}`).inspect()).Architecture).toBe('arm64');
    const { Os, Arch } = await docker.version();
    const named = await build({ context: dir, image, platform: `${Os}/${Arch}` });
    expect(named.result.skipped).toBe(true);
    expect(named.result.digest).toBe(native.result.digest);
  });

  it('a file edited during the upload fails the build; nothing carries the old input digest', async () => {
    const dir = project({
      Dockerfile: 'FROM scratch\nCOPY . /\n',
      'a-big.bin': 'x'.repeat(3 << 20),
      'z-last.txt': 'before\n',
    });
    const image = uniqueRepo(infra, 'bk-edited');
    const log = new RecordingLogger();
    let edited = false;
    // The first upload progress line comes when the engine first asks for a file (the file sync;
    // with a tar, after the first 1 MiB left): the digest is computed and z-last.txt not yet
    // read. Same size, other content; a directory never sent before is asked for whole.
    log.progress = (line: string) => {
      if (!edited && line.startsWith('sending context')) {
        writeFileSync(`${dir}/z-last.txt`, 'AFTER!\n');
        edited = true;
      }
    };
    const err = await build({ context: dir, image }, log).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(edited).toBe(true);
    expect(err?.message).toMatch(/^sending z-last\.txt: its content changed after the input digest was computed/);
    expect((await listTags(image)).filter((t) => t.startsWith('in-'))).toEqual([]);
  });

  it('file sync: unchanged content is not sent again; changed content goes whole; steps stay CACHED', async () => {
    const dir = project({
      Dockerfile: `FROM ${infra.baseImage}\nCOPY deps /deps\nRUN cat /deps/* > /deps.txt\nCOPY app /app\n`,
      'deps/a': 'a\n',
      'deps/b': 'b\n',
      app: 'v1\n',
    });
    const image = uniqueRepo(infra, 'bk-filesync-rebuild');
    const asked = (log: RecordingLogger) => log.lines.find((l) => l.startsWith('context: the engine asked for'));
    const first = await build({ context: dir, image, push: false });
    // A directory never sent before goes whole, except the Dockerfile: BuildKit reads it from the
    // `dockerfile` source and asks the context only for .dockerignore and what COPY names.
    expect(asked(first.log)).toMatch(/^context: the engine asked for 4 of 5 files /);

    // Another label, the same content: the engine's kept copy is this content; nothing is sent.
    const relabelled = await build({ context: dir, image, push: false, labels: { run: '2' } });
    expect(asked(relabelled.log)).toMatch(/^context: the engine asked for 0 of 5 files /);

    // A change rewritten with the same size and mtime: a kept copy compared by stat would hide it.
    const before = statSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app'), 'v2\n');
    utimesSync(join(dir, 'app'), before.atime, before.mtime);
    const second = await build({ context: dir, image, push: false });
    expect(second.result.skipped).toBe(false);
    expect(asked(second.log)).toMatch(/^context: the engine asked for 4 of 5 files /);
    expect(stepLine(second.log, /COPY deps \/deps CACHED$/), second.log.lines.join('\n')).toBeDefined();
    expect(stepLine(second.log, /RUN cat .* CACHED$/)).toBeDefined();
    expect(await readImageFile(docker, second.result.ref, '/app')).toBe('v2\n');
    expect(await readImageFile(docker, second.result.ref, '/deps.txt')).toBe('a\nb\n');
  });

  it("a directory's mode change alone reaches the image (the engine's kept copy would keep the old one)", async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nCOPY . /c/\n`, 'e/f': 'f\n' });
    const image = uniqueRepo(infra, 'bk-dir-mode');
    const first = await build({ context: dir, image, push: false });
    expect(await readImageMode(docker, first.result.ref, '/c/e')).toBe(0o755);
    chmodSync(join(dir, 'e'), 0o700);
    const second = await build({ context: dir, image, push: false });
    expect(second.result.skipped).toBe(false);
    expect(await readImageMode(docker, second.result.ref, '/c/e')).toBe(0o700);
  });

  it('names holding ", " (which HTTP/2 joins repeated headers with) reach COPY and .dockerignore', async () => {
    const dir = project({
      Dockerfile: `FROM ${infra.baseImage}\nCOPY ["notes/a, b.txt", "logs/", "/out/"]\n`,
      '.dockerignore': 'logs/old, 1.log\n',
      'notes/a, b.txt': 'comma\n',
      'notes/other.txt': 'not copied\n',
      'logs/new, 2.log': 'kept\n',
      'logs/old, 1.log': 'ignored\n',
    });
    const image = uniqueRepo(infra, 'bk-comma-names');
    const { result } = await build({ context: dir, image, push: false });
    expect(await readImageFile(docker, result.ref, '/out/a, b.txt')).toBe('comma\n');
    expect(await readImageFile(docker, result.ref, '/out/new, 2.log')).toBe('kept\n');
    expect(await readImageFile(docker, result.ref, '/out/old, 1.log')).toBeUndefined();
  });

  it('COPY sources through symlinked directories, links to links and links out of the context', async () => {
    const dir = project({
      Dockerfile:
        `FROM ${infra.baseImage}\n` +
        'COPY linkdir/inner /a/\nCOPY chain/inner/r.txt /b/\nCOPY real/../linkdir/inner /c/\n' +
        'COPY abs/passwd /d/\nCOPY up/inner/r.txt /e/\nCOPY linkdir/other.txt /f/\n',
      'real/inner/r.txt': 'r\n',
      'real/other.txt': 'second path through linkdir\n',
      'etc/passwd': 'inside the context\n',
      'other/o.txt': 'not copied\n',
    });
    symlinkSync('real', join(dir, 'linkdir'));
    symlinkSync('linkdir', join(dir, 'chain'));
    symlinkSync('/etc', join(dir, 'abs'));
    symlinkSync('../../../real', join(dir, 'up')); // /real, .. stopping at the root
    commitAll(dir, {}, 'links');
    const image = uniqueRepo(infra, 'bk-link-dirs');
    const { result } = await build({ context: dir, image, push: false });
    for (const path of ['/a/r.txt', '/b/r.txt', '/c/r.txt', '/e/r.txt']) {
      expect(await readImageFile(docker, result.ref, path), path).toBe('r\n');
    }
    expect(await readImageFile(docker, result.ref, '/d/passwd')).toBe('inside the context\n');
    expect(await readImageFile(docker, result.ref, '/f/other.txt')).toBe('second path through linkdir\n');
  });

  it("a COPY source through a symlink loop: the transfer ends, the build fails with BuildKit's error", async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nCOPY loop-a/x /x\n` });
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    const { message } = await failure({ context: dir, image: uniqueRepo(infra, 'bk-link-loop'), push: false });
    expect(message).toMatch(/COPY loop-a\/x \/x: .*too many links/);
  });

  it('a wildcard COPY source matching a symlink copies what the link points to', async () => {
    const dir = project({
      Dockerfile: `FROM ${infra.baseImage}\nCOPY *.txt /x/\n`,
      'sub/real.dat': 'realcontent\n',
      'b.txt': 'plain\n',
    });
    symlinkSync('sub/real.dat', join(dir, 'a.txt'));
    commitAll(dir, {}, 'link');
    const image = uniqueRepo(infra, 'bk-link-wildcard');
    const { result } = await build({ context: dir, image, push: false });
    expect(await readImageFile(docker, result.ref, '/x/a.txt')).toBe('realcontent\n');
    expect(await readImageFile(docker, result.ref, '/x/b.txt')).toBe('plain\n');
  });

  it('tar fallback (PINSHIP_CONTEXT_TRANSFER=tar): keeps an excluded Dockerfile, warns; keyed apart', async () => {
    const dir = project({ '.dockerignore': '.git\nDockerfile\n', Dockerfile: 'FROM scratch\nCOPY . /\n', a: 'a\n' });
    const image = uniqueRepo(infra, 'bk-tar-fallback');
    const viaTar = await build({
      context: dir,
      image,
      push: false,
      env: { ...cleanEnv(), PINSHIP_CONTEXT_TRANSFER: 'tar' },
    });
    expect(viaTar.log.lines.some((l) => /^warning: with BuildKit and a tar upload, COPY .* Dockerfile/.test(l))).toBe(
      true,
    );
    expect(await readImageFile(docker, viaTar.result.ref, '/Dockerfile')).toBeDefined();
    expect(await readImageFile(docker, viaTar.result.ref, '/a')).toBe('a\n');

    // The two images differ, and so do their keys: the file sync does not reuse the tar's image.
    const viaSync = await build({ context: dir, image, push: false });
    expect(viaSync.result.skipped).toBe(false);
    expect(viaSync.result.inputDigest).not.toBe(viaTar.result.inputDigest);
    expect(viaSync.log.lines.some((l) => l.startsWith('warning: with BuildKit'))).toBe(false);
    expect(await readImageFile(docker, viaSync.result.ref, '/Dockerfile')).toBeUndefined();
    expect(await readImageFile(docker, viaSync.result.ref, '/a')).toBe('a\n');
  });

  it('a file edited after planning, held by the engine: the image has the planned content', async () => {
    const dir = project({ Dockerfile: 'FROM scratch\nCOPY . /\n', 'kept.txt': 'planned\n' });
    const image = uniqueRepo(infra, 'bk-kept-stat');
    await build({ context: dir, image, push: false });
    const log = new RecordingLogger();
    let edited = false;
    const group = log.group.bind(log);
    log.group = (name, fn) => {
      if (!edited && name.startsWith('building')) {
        writeFileSync(`${dir}/kept.txt`, 'EDITED\n'); // after the plan hashed it, before any transfer
        edited = true;
      }
      return group(name, fn);
    };
    // Another label, the same planned content: the engine's kept copy is that content, and
    // kept.txt goes out with the stat the plan took, so it is not asked for. The image holds
    // what the input digest was computed from, not the edit.
    const { result } = await build({ context: dir, image, push: false, labels: { run: '2' } }, log);
    expect(edited).toBe(true);
    expect(await readImageFile(docker, result.ref, '/kept.txt')).toBe('planned\n');
  });

  it('a "# syntax=" frontend that cannot be pulled is named as such', async () => {
    const dir = project({ Dockerfile: `# syntax=docker/dockerfile:1.4\nFROM ${infra.baseImage}\nRUN true\n` });
    const { message } = await failure({ context: dir, image: uniqueRepo(infra, 'bk-syntax'), push: false });
    const frontend = String.raw`the Dockerfile's frontend docker/dockerfile:1\.4 \(its "# syntax=" line\)`;
    expect(message).toMatch(new RegExp(`^file: building .*: ${frontend} could not be pulled: `));
  });

  it("a failing step that reads like another stage's once its ENV is expanded names its own line", async () => {
    const dockerfile = [
      `FROM ${infra.baseImage} AS a`,
      'RUN mkdir /missing',
      'RUN ls /missing',
      `FROM ${infra.baseImage}`,
      'COPY --from=a /missing /m',
      'ENV D=missing',
      'RUN ls /$D',
    ].join('\n');
    const dir = project({ Dockerfile: `${dockerfile}\n` });
    const { message } = await failure({ context: dir, image: uniqueRepo(infra, 'bk-step-line'), push: false });
    // BuildKit shows the last step as `RUN ls /missing`, like line 3; its place, stage-1's third, is line 7.
    expect(message).toMatch(/ failed at Dockerfile:7: \[stage-1 3\/3\] RUN ls \/missing: .*exit code: 1$/);
  });

  it('a failing step shown with its ARG value names its line', async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nARG CODE=3\nRUN echo code $CODE; exit $CODE\n` });
    const { message } = await failure({ context: dir, image: uniqueRepo(infra, 'bk-arg-line'), push: false });
    expect(message).toMatch(/ failed at Dockerfile:3: \[2\/2\] RUN echo code 3; exit 3: .*exit code: 3$/);
  });

  it('a base image that does not resolve names its FROM line', async () => {
    const missing = `${uniqueRepo(infra, 'bk-no-base')}:nope`;
    const dir = project({
      Dockerfile: `FROM ${infra.baseImage} AS tools\nFROM ${missing}\nCOPY --from=tools /bin/true /t\n`,
    });
    const { message } = await failure({ context: dir, image: uniqueRepo(infra, 'bk-from-line'), push: false });
    expect(message).toContain(` failed at Dockerfile:2: [internal] load metadata for ${missing}: `);
  });

  it('a missing --cache-from is a warning, never a failed build', async () => {
    const dir = project({ Dockerfile: `FROM ${infra.baseImage}\nRUN echo x > /x\n` });
    const image = uniqueRepo(infra, 'bk-missing-cache');
    const { result, log } = await build({
      context: dir,
      image,
      cacheFrom: ['no-such-tag', `${infra.registry}/test/nothing-here:x`],
    });
    expect(result.skipped).toBe(false);
    expect(log.lines).toContain(`warning: cache ${image}:no-such-tag cannot be used (not found): building without it`);
    expect(log.lines).toContain(
      `warning: cache ${infra.registry}/test/nothing-here:x cannot be used (not found): building without it`,
    );
  });
});

describe('on an empty engine (a fresh runner)', () => {
  let second: SecondEngine;
  beforeAll(async () => {
    second = await startSecondEngine();
  });
  afterAll(async () => {
    await second?.stop();
  });

  it('imports the layer cache from the authenticated registry: unchanged steps are CACHED', async () => {
    const baseRepo = uniqueRepo(infra, 'bk-cache-base');
    await pushBase(baseRepo, 'v1', 'base');
    const dockerfile = `FROM ${baseRepo}:v1\nRUN echo expensive-deps > /deps && sleep 1\nCOPY app /app\n`;
    const dir = project({ Dockerfile: dockerfile, app: 'v1\n' });
    const image = uniqueRepo(infra, 'bk-cache-import');
    const warm = await build({ context: dir, image }); // the shared engine pushes main with inline cache
    expect(stepLine(warm.log, /#\d+ exporting cache/)).toBeDefined();

    expect(await second.docker.listImages()).toEqual([]);
    commitAll(dir, { app: 'v2\n' }, 'change the program');
    const cold = await build({ context: dir, image }, new RecordingLogger(), second.docker);
    expect(cold.result.skipped).toBe(false);
    expect(stepLine(cold.log, /RUN echo expensive-deps .* CACHED$/), cold.log.lines.join('\n')).toBeDefined();
    expect(stepLine(cold.log, /COPY app \/app( \d+\.\ds)?$/)).toBeDefined();
    expect(await servedDigest(image, 'main')).toBe(cold.result.digest);
  });
});

describe('an engine without BuildKit', () => {
  let second: SecondEngine;
  beforeAll(async () => {
    second = await startSecondEngine({ daemonConfig: { features: { buildkit: false } } });
  });
  afterAll(async () => {
    await second?.stop();
  });

  it('falls back to the classic builder, saying so in one line', async () => {
    const dir = project({ Dockerfile: 'FROM scratch\nCOPY a /a\n', a: 'a\n' });
    const image = uniqueRepo(infra, 'bk-classic');
    const { result, log } = await build({ context: dir, image, push: false }, new RecordingLogger(), second.docker);
    expect(log.lines.filter((l) => l.startsWith('using the classic builder'))).toEqual([
      'using the classic builder: the engine has no BuildKit (BuildKit is disabled in its daemon.json ' +
        '(features.buildkit: false))',
    ]);
    expect(
      log.lines.some((l) => /^Step 2\/\d+ : COPY a \/a$/.test(l)),
      log.lines.join('\n'),
    ).toBe(true);
    expect(result.skipped).toBe(false);
  });
});
