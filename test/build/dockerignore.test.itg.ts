import type Docker from 'dockerode';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, symlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage } from '../../src/build/build-image.js';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra } from '../support/infra.js';
import { RecordingLogger, cleanEnv, removeLocalImages, tempDir, writeFiles } from './helpers.js';

// What lands in the image is compared with what the docker CLI itself sends with the classic
// builder (the CLI here has no buildx, so no BuildKit): the reference for .dockerignore semantics.
// pinship builds with both builders: the classic one from the tar, BuildKit through the session's
// file sync, where BuildKit applies .dockerignore itself. The CLI appears in these tests only.
const infra = testInfra();
let docker: Docker;
const cleanups: (() => void)[] = [];
const images: string[] = [];

beforeAll(async () => {
  docker = await connectEngine();
});
afterAll(async () => {
  await removeLocalImages(docker, images);
  for (const c of cleanups) c();
});

const LIST =
  "RUN cd /ctx && find . | sort | xargs stat -c 'LISTING %n %a %s' && find . -type f | sort | xargs stat " +
  "-c 'LISTING %n mtime=%Y'";

// BuildKit's step output comes as `#N | line`, the classic builder's (the CLI's here) as is.
function listing(lines: string[]): string[] {
  return lines
    .map((l) => l.replace(/^#\d+ \| /, ''))
    .filter((l) => l.startsWith('LISTING '))
    .map((l) => l.slice('LISTING '.length));
}

describe.each(['classic', 'buildkit'] as const)(
  '.dockerignore with the %s builder: what lands in the image is what docker build sends',
  (builder) => {
    it('exceptions, **, directories, and an excluded Dockerfile and .dockerignore', async () => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      writeFiles(dir, {
        Dockerfile: `FROM ${infra.baseImage}\nCOPY . /ctx/\n${LIST}\n`,
        '.dockerignore': [
          '# build outputs',
          'Dockerfile',
          '.dockerignore',
          '**/*.log',
          'cache',
          'docs/*',
          '!docs/keep.md',
          'vendor/**',
          '!vendor/a/**/*.sh',
          '  tmp*  ',
          '/abs.txt',
          'readme.md',
        ].join('\n'),
        'nonce.txt': randomBytes(8).toString('hex'),
        'app/main.sh': 'echo main\n',
        'app/debug.log': 'no',
        'app/Trace.LOG': 'yes: patterns are case-sensitive',
        'README.md': 'yes: patterns are case-sensitive',
        'deep/er/still.log': 'no',
        'cache/blob': 'no',
        'sub/cache/blob': 'yes: cache only matches at the top',
        'docs/a.md': 'no',
        'docs/keep.md': 'yes',
        'vendor/a/b/run.sh': 'yes',
        'vendor/a/b/run.txt': 'no',
        'vendor/c/x.sh': 'no',
        tmpfile: 'no',
        'tmpdir/x': 'no',
        'abs.txt': 'no',
        'empty/.gitkeep': '',
      });
      chmodSync(`${dir}/app/main.sh`, 0o750);
      symlinkSync('app/main.sh', `${dir}/link.sh`);
      execFileSync('mkfifo', ['-m', '640', `${dir}/pipe`]); // moby's archive sends named pipes

      const image = `pinship-test/dockerignore-${randomBytes(4).toString('hex')}`;
      const log = new RecordingLogger();
      await buildImage({ context: dir, image, push: false, builder, env: cleanEnv() }, { docker, log });
      images.push(image);
      const ours = listing(log.lines);

      const cli = spawnSync('/usr/bin/docker', ['build', '--no-cache', '--rm', '-t', `${image}:cli`, dir], {
        encoding: 'utf8',
        env: { ...process.env, DOCKER_BUILDKIT: '0' },
      });
      expect(cli.status, cli.stderr).toBe(0);
      const theirs = listing(cli.stdout.split('\n'));

      expect(ours.length).toBeGreaterThan(10);
      // BuildKit's COPY leaves named pipes out (the classic builder recreates them).
      const pipes = (l: string) => builder === 'classic' || !l.startsWith('./pipe ');
      expect(ours).toEqual(theirs.filter(pipes));
      expect(ours).toContain('./docs/keep.md 644 3');
      expect(ours).toContain('./app/main.sh 750 10');
      expect(ours).toContain('./link.sh 777 11');
      if (builder === 'classic') expect(ours).toContain('./pipe 640 0');
      expect(ours).toContain('./README.md 644 32');
      expect(ours).toContain('./app/Trace.LOG 644 32');
      expect(ours.some((l) => l.startsWith('./vendor/c'))).toBe(false);
      expect(ours.some((l) => /^\.\/(Dockerfile|\.dockerignore) /.test(l))).toBe(false);
    });

    it("a Dockerfile's own <name>.dockerignore applies instead of the context's .dockerignore", async () => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      writeFiles(dir, {
        'build/app.Dockerfile': `FROM ${infra.baseImage}\nCOPY . /ctx/\n${LIST}\n`,
        'build/app.Dockerfile.dockerignore': 'secret.env\nbuild\n',
        '.dockerignore': 'kept-by-own-ignore.txt\n',
        'secret.env': 'TOKEN=1',
        'kept-by-own-ignore.txt': 'yes',
        'main.sh': randomBytes(8).toString('hex'),
      });
      const image = `pinship-test/dockerignore-${randomBytes(4).toString('hex')}`;
      const log = new RecordingLogger();
      const options = { context: dir, file: `${dir}/build/app.Dockerfile`, image, push: false, builder };
      const first = await buildImage({ ...options, env: cleanEnv() }, { docker, log });
      images.push(image);
      const files = listing(log.lines).filter((l) => !l.includes('mtime='));
      // The Dockerfile is always sent; the classic builder drops it only when .dockerignore lists it.
      const sentForTheEngine = builder === 'classic' ? ['./build', './build/app.Dockerfile'] : [];
      expect(files.map((l) => l.split(' ')[0])).toEqual([
        '.',
        './.dockerignore',
        ...sentForTheEngine,
        './kept-by-own-ignore.txt',
        './main.sh',
      ]);
      expect(log.lines).toContain(
        "app.Dockerfile.dockerignore beside the Dockerfile applies instead of the context's .dockerignore",
      );
      // What it excludes is not in the input digest either.
      writeFiles(dir, { 'secret.env': 'TOKEN=2' });
      const again = await buildImage({ ...options, env: cleanEnv() }, { docker, log: new RecordingLogger() });
      expect(again.inputDigest).toBe(first.inputDigest);
    });

    it('a Dockerfile from outside the context is read by the engine but not copied into the image', async () => {
      for (const dockerignore of [undefined, '*.log\n']) {
        const { dir, cleanup } = tempDir();
        cleanups.push(cleanup);
        writeFiles(dir, {
          'elsewhere/Dockerfile': `FROM ${infra.baseImage}\nCOPY . /ctx/\n${LIST}\n`,
          'ctx/a.txt': randomBytes(8).toString('hex'),
          'ctx/debug.log': 'no',
          ...(dockerignore === undefined ? {} : { 'ctx/.dockerignore': dockerignore }),
        });
        const image = `pinship-test/dockerignore-${randomBytes(4).toString('hex')}`;
        const log = new RecordingLogger();
        await buildImage(
          {
            context: `${dir}/ctx`,
            file: `${dir}/elsewhere/Dockerfile`,
            image,
            push: false,
            builder,
            env: cleanEnv(),
          },
          { docker, log },
        );
        images.push(image);
        const ours = listing(log.lines);

        const cli = spawnSync(
          '/usr/bin/docker',
          ['build', '--no-cache', '--rm', '-f', `${dir}/elsewhere/Dockerfile`, '-t', `${image}:cli`, `${dir}/ctx`],
          {
            encoding: 'utf8',
            env: { ...process.env, DOCKER_BUILDKIT: '0' },
          },
        );
        expect(cli.status, cli.stderr).toBe(0);
        // The CLI's classic path sends a .dockerignore that names the Dockerfile (and one made when
        // there is none), and the classic builder copies it; BuildKit's file sync sends the context's own.
        const theirs = listing(cli.stdout.split('\n'));
        if (builder === 'classic') expect(ours).toEqual(theirs);
        else {
          const own = (l: string) => !l.startsWith('./.dockerignore ');
          expect(ours.filter(own)).toEqual(theirs.filter(own));
          expect(ours.filter((l) => !own(l)).slice(0, 1)).toEqual(
            dockerignore === undefined ? [] : ['./.dockerignore 644 6'],
          );
        }
        expect(ours.some((l) => l.includes('.dockerfile'))).toBe(false);
        expect(ours.some((l) => l.startsWith('./a.txt '))).toBe(true);
      }
    });
  },
);
