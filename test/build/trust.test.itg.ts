import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltImage } from '../../src/build/built-image.js';
import { connectEngine } from '../../src/docker/engine.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { RegistryClient } from '../../src/registry/client.js';
import { overlayFiles } from '../pin/fixtures.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { RecordingLogger, cleanEnv, commitAll, git, projectRepos, removeLocalImages, tempDir } from './helpers.js';
import { pushingBuild } from './pushing-build.js';
import { listTags, servedDigest } from './registry-helpers.js';

const infra = testInfra();
let docker: Docker;
const createdImages = new Set<string>();
const repos = projectRepos();
const build = pushingBuild(infra, () => docker, createdImages);

beforeAll(async () => {
  docker = await connectEngine();
});
afterAll(async () => {
  await removeLocalImages(docker, createdImages);
  repos.removeAll();
});

// The overlays the pipeline pins live beside the program, outside what the build sends.
const files = (base: string) => ({
  Dockerfile: `FROM ${base}\nCOPY app/ /app/\nCMD ["sh", "/app/main.sh"]\n`,
  '.dockerignore': '.git\nnotes/\noverlays/\n',
  'app/main.sh': 'echo safe\n',
  ...overlayFiles(['staging']),
});

/** GitHub Actions' environment for a pull request's build and for a push to the default branch. */
function actionsEnv(event: string, ref: string): NodeJS.ProcessEnv {
  const t = tempDir('pinship-event-');
  repos.track(t.cleanup);
  const path = join(t.dir, 'event.json');
  writeFileSync(path, JSON.stringify({ repository: { default_branch: 'main' }, pull_request: { number: 7 } }));
  return cleanEnv({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: event, GITHUB_REF: ref, GITHUB_EVENT_PATH: path });
}
const pullRequest = () => actionsEnv('pull_request', 'refs/pull/7/merge');
const defaultBranch = () => actionsEnv('push', 'refs/heads/main');
const releaseTag = () => actionsEnv('push', 'refs/tags/v1.0.0');

/** The pipeline's pin step: pins `digest` into the staging overlay with a pin commit on main. */
async function pinStaging(dir: string, image: string, digest: string): Promise<string> {
  await pin({
    repo: dir,
    overlays: ['overlays/staging'],
    images: parseImagePins([`compute=${image}@${digest}`]),
    commit: true,
    sourceCommit: git(dir, 'rev-parse', 'HEAD'),
    author: { name: 'pinship', email: 'pinship@example.invalid' },
    log: new RecordingLogger(),
  });
  return git(dir, 'rev-parse', 'HEAD');
}

/** The release flow's lookup of the image main built for the checked-out commit. */
async function release(dir: string, image: string) {
  const log = new RecordingLogger();
  const options = { context: dir, image, username: infra.username, password: infra.password, env: releaseTag() };
  return { result: await findBuiltImage(options, { docker, log }), log };
}

const registry = () =>
  new RegistryClient(infra.registry, {
    credentials: { ...infra, source: 'the test registry' },
    log: new RecordingLogger(),
  });

describe('the line between pull requests and the default branch', () => {
  it("a pull request's build neither writes nor reads the default branch's input-digest tag", async () => {
    const dir = repos.make(files(infra.baseImage));
    const image = uniqueRepo(infra, 'trust-ns');
    const main = await build({ context: dir, image, env: defaultBranch() });
    const pr = await build({ context: dir, image, env: pullRequest() });

    const hex = main.result.inputDigest.slice(7, 39);
    expect(pr.result.inputDigest).toBe(main.result.inputDigest);
    expect(pr.result.skipped).toBe(false);
    expect(pr.result.tags.at(-1)).toBe(`pr-in-${hex}`);
    expect(await servedDigest(image, `in-${hex}`)).toBe(main.result.digest);
    const again = await build({ context: dir, image, env: pullRequest() });
    expect(again.result).toMatchObject({ skipped: true, digest: pr.result.digest });
  });

  it("an image a pull request pushed under the in- tag is not reused by the merge's build", async () => {
    const dir = repos.make(files(infra.baseImage));
    const image = uniqueRepo(infra, 'trust-attack');
    const path = image.slice(infra.registry.length + 1);
    git(dir, 'checkout', '-q', '-b', 'feature');
    commitAll(dir, { 'notes/evil.Dockerfile': `FROM ${infra.baseImage}\nRUN echo evil > /evil\n` }, 'add notes');
    const pr = await build({ context: dir, image, env: pullRequest() });
    // The attack: the pull request's workflow builds an image of its choosing and puts it under the
    // in- tag of the inputs the merge will have (its own commit in the label), then reverts itself.
    const evil = await build({ context: dir, file: join(dir, 'notes/evil.Dockerfile'), image, env: pullRequest() });
    const tag = `in-${pr.result.inputDigest.slice(7, 39)}`;
    const manifest = (await registry().findManifest(path, evil.result.digest))!;
    await registry().putManifest(path, tag, manifest);
    commitAll(dir, {}, 'revert the workflow edit');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'feature');

    const merged = await build({ context: dir, image, env: defaultBranch() });

    expect(merged.result.inputDigest).toBe(pr.result.inputDigest);
    expect(merged.result.skipped).toBe(false);
    expect(merged.result.digest).not.toBe(evil.result.digest);
    expect(await servedDigest(image, tag)).toBe(merged.result.digest);
    expect(merged.log.lines.join('\n')).toMatch(/which is not an earlier commit of this branch/);
    // The default branch's own image, once its pin step pinned it, is reused by its next build of
    // the same inputs.
    const pinned = await pinStaging(dir, image, merged.result.digest);
    commitAll(dir, { 'notes/todo.txt': 'later' }, 'notes only');
    const next = await build({ context: dir, image, env: defaultBranch() });
    expect(next.result).toMatchObject({ skipped: true, digest: merged.result.digest });
    expect(next.log.lines).toContain(`${merged.result.digest} was pinned on this branch by ${pinned.slice(0, 12)}`);
    expect((await listTags(image)).filter((t) => /^in-/.test(t))).toEqual([tag]);
  });

  it("a forged label naming main's own commit: not reused or released until main's history pins it", async () => {
    const dir = repos.make(files(infra.baseImage));
    const image = uniqueRepo(infra, 'trust-forged');
    const path = image.slice(infra.registry.length + 1);
    const mainCommit = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', '-b', 'feature');
    commitAll(dir, { 'notes/evil.Dockerfile': `FROM ${infra.baseImage}\nRUN echo evil > /evil\n` }, 'add notes');
    const pr = await build({ context: dir, image, env: pullRequest() });
    // The attack of the test above, with the label the ancestry check accepts: main's commit.
    const labels = { 'org.opencontainers.image.revision': mainCommit };
    const file = join(dir, 'notes/evil.Dockerfile');
    const evil = await build({ context: dir, file, image, labels, env: pullRequest() });
    const tag = `in-${pr.result.inputDigest.slice(7, 39)}`;
    await registry().putManifest(path, tag, (await registry().findManifest(path, evil.result.digest))!);
    commitAll(dir, {}, 'revert the workflow edit');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'feature');

    // A release of the merge finds the image under the tag and refuses it.
    const refused = release(dir, image);
    await expect(refused).rejects.toThrow(
      `not pinning ${image}:${tag} (${evil.result.digest}) was never pinned on this branch: no first-parent commit`,
    );
    await expect(refused).rejects.toMatchObject({
      field: 'image',
      hint: expect.stringContaining('tag a commit after'),
    });

    // The merge's build rebuilds over it, saying which image it did not reuse and why.
    const merged = await build({ context: dir, image, env: defaultBranch() });
    expect(merged.result).toMatchObject({ skipped: false, inputDigest: pr.result.inputDigest });
    expect(merged.result.digest).not.toBe(evil.result.digest);
    expect(merged.log.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^warning: ${image}:${tag} \\(${evil.result.digest}\\) was never pinned on this branch: .*` +
            `its revision label, ${mainCommit.slice(0, 12)}, anyone who can push to the registry can write.*, building`,
        ),
      ),
    );
    expect(await servedDigest(image, tag)).toBe(merged.result.digest);

    // Once main pinned its own image, its builds and releases reuse it.
    const pinned = await pinStaging(dir, image, merged.result.digest);
    commitAll(dir, { 'notes/todo.txt': 'later' }, 'notes only');
    const next = await build({ context: dir, image, env: defaultBranch() });
    expect(next.result).toMatchObject({ skipped: true, digest: merged.result.digest });
    const released = await release(dir, image);
    expect(released.result).toMatchObject({ skipped: true, digest: merged.result.digest });
    expect(released.log.lines.at(-1)).toContain(`no rebuild (pinned by ${pinned.slice(0, 12)})`);
  });

  it('without push, a protected build on Actions builds again: no pin can name an engine image', async () => {
    const dir = repos.make(files(infra.baseImage));
    const image = uniqueRepo(infra, 'trust-engine');
    await build({ context: dir, image, push: false, env: defaultBranch() });
    const again = await build({ context: dir, image, push: false, env: defaultBranch() });

    expect(again.result.skipped).toBe(false);
    expect(again.log.lines).toContainEqual(
      expect.stringMatching(
        /^warning: \S+:in-[0-9a-f]{32} \(sha256:[0-9a-f]{64}\) is an image of this engine, with no/,
      ),
    );
    // Outside Actions the engine is the user's own: reused.
    expect((await build({ context: dir, image, push: false })).result.skipped).toBe(true);
  });

  it('warns, naming the file, when the context sends a .git/config holding the job token', async () => {
    const dir = repos.make({ ...files(infra.baseImage), '.dockerignore': 'notes/\n' });
    git(dir, 'remote', 'set-url', 'origin', 'https://github.com/acme/compute');
    git(dir, 'config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0');
    const image = uniqueRepo(infra, 'trust-token');
    const sent = await build({ context: dir, image, push: false });
    writeFileSync(join(dir, '.dockerignore'), '.git/config\nnotes/\n');
    const excluded = await build({ context: dir, image, push: false });

    expect(sent.log.lines).toContainEqual(
      `warning: ${dir}/.git/config holds credentials (http.https://github.com/.extraheader) and the context ` +
        'sends it to the build, where RUN and COPY can put it in the image: add .git to .dockerignore, and ' +
        'check out with persist-credentials: false',
    );
    expect(excluded.log.lines.some((l) => l.includes('holds credentials'))).toBe(false);
  });
});
