import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/docker/engine.js';
import { hasStackTrace, runBundledAction } from '../support/actions-runner.js';
import { testInfra, uniqueRepo } from '../support/infra.js';
import { git, gitRepo, removeLocalImages, tempDir } from './helpers.js';

const infra = testInfra();
const repos: string[] = [];
const cleanups: (() => void)[] = [];
afterAll(async () => {
  await removeLocalImages(await connectEngine(), repos);
  for (const c of cleanups) c();
});

function project(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  gitRepo(dir, {
    '.dockerignore': '.git\n',
    Dockerfile: `FROM ${infra.baseImage}\nARG A\nARG B\nLABEL a="$A" b="$B"\n`,
  });
  return dir;
}

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}

describe('the bundled build action, given what workflows and pull requests really pass it', () => {
  it('hostile pull_request event, CRLF inputs with comments: tag pr-<n>, clean args/labels, safe summary', async () => {
    const dir = project();
    const marker = join(dir, 'pwned');
    const event = {
      number: 7,
      pull_request: {
        number: 7,
        title: `$(touch ${marker}) <img src=x onerror=alert(1)> \`touch ${marker}\` **bold**`,
        head: { ref: `feat/$(touch ${marker});\`touch ${marker}\`|x&&y` },
      },
    };
    const image = uniqueRepo(infra, 'hostile');
    repos.push(image);
    const r = runBundledAction(
      'build',
      {
        context: dir,
        image,
        push: 'false',
        tags: 'v1\r\n# v2 once released\r\n\r\nstable\r\n',
        'build-args': '# pinned versions\r\nA=1\r\n\r\nB=two words\r\n',
        labels: '\r\nteam=compute\r\n# owner=nobody\r\n',
      },
      {
        event,
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_SHA: git(dir, 'rev-parse', 'HEAD'),
        },
      },
    );
    expect(errorLines(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
    const short = git(dir, 'rev-parse', '--short=7', 'HEAD');
    expect(Object.keys(r.outputs).sort()).toEqual(['digest', 'image', 'ref', 'skipped', 'tags']);
    expect(r.outputs.tags!.split('\n')).toEqual([
      `sha-${short}`,
      'pr-7',
      'v1',
      'stable',
      // A pull request writes its own input-digest tag, never the default branch's `in-…`.
      expect.stringMatching(/^pr-in-[0-9a-f]{32}$/),
    ]);
    expect(r.outputs.ref).toBe(`${image}:sha-${short}`);
    expect(r.summary).toBe(`<p>pinship build: <code>${image}:sha-${short}</code> (built)</p>\n`);
    expect(existsSync(marker)).toBe(false);
    const labels = (await (await connectEngine()).getImage(r.outputs.digest!).inspect()).Config.Labels;
    expect(labels).toMatchObject({ a: '1', b: 'two words', team: 'compute' });
    expect(labels).not.toHaveProperty('owner');
  });

  it.each([
    ['push: maybe', { push: 'maybe' }, '::error::push: expected true or false, got "maybe"'],
    ['image missing', { image: '' }, '::error::image: this input is required and was not given'],
    [
      'a build-args line without =',
      { 'build-args': 'A=1\r\n=oops\r\n' },
      '::error::build-args: expected KEY=VALUE, got "=oops"',
    ],
    [
      'a tag Docker refuses',
      { tags: 'v1\n$(id)' },
      '::error::tags: invalid tag "$(id)": use letters, digits, _ . - (at most 128, not starting with . or -)',
    ],
  ])('bad input (%s): exit 1 and one ::error:: naming the input, no stack trace', (_case, inputs, error) => {
    const image = uniqueRepo(infra, 'hostile-bad');
    repos.push(image);
    const r = runBundledAction('build', { context: project(), image, push: 'false', ...inputs });
    expect(r.status).toBe(1);
    expect(errorLines(r.stdout)).toEqual([error]);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.outputs).toEqual({});
  });
});
