import { afterAll, describe, expect, it } from 'vitest';
import { buildImage } from '../../src/build/build-image.js';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { RecordingLogger, cleanEnv, removeLocalImages, tempDir, writeFiles } from './helpers.js';

const made = new Set<string>();
const folders: (() => void)[] = [];
afterAll(async () => {
  await removeLocalImages(await connectEngine(), made);
  for (const cleanup of folders) cleanup();
});

describe('a build context outside any git work tree', () => {
  it('is tagged latest, and the warning says so', async () => {
    const infra = testInfra();
    const { dir, cleanup } = tempDir();
    folders.push(cleanup);
    writeFiles(dir, { Dockerfile: `FROM ${infra.baseImage}\nRUN echo ok\n` });
    const image = uniqueRepo(infra, 'no-git');
    made.add(image);
    const log = new RecordingLogger();
    const result = await buildImage({ context: dir, image, env: cleanEnv() }, { docker: await connectEngine(), log });
    expect(result.tags[0]).toBe('latest');
    expect(log.lines).toContain(
      `warning: ${dir} is not in a git work tree: no revision labels and no sha- or branch tag; tagged latest ` +
        '(give --tag, or the tags input, to name it)',
    );
  });
});
