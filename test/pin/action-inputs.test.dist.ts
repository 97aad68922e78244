import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareRemote, clone, showRemote, sourceHistory } from '../git/remote.js';
import { hasStackTrace, runBundledAction } from '../support/actions-runner.js';
import { overlayFiles, PIN_ACTION_DEFAULTS } from './fixtures.js';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const ref = `127.0.0.1:5000/team/compute@${digest('e')}`;
const pinAction = (cwd: string, inputs: Record<string, string>) =>
  runBundledAction('pin', { ...PIN_ACTION_DEFAULTS, ...inputs }, { cwd });

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}

describe('the bundled pin action, given what workflows really pass it', () => {
  it('multi-line inputs with CRLF, blank lines and # comments: accepted', () => {
    const repo = clone(bareRemote(overlayFiles(['dev', 'prod'])));
    const r = pinAction(repo, {
      overlays: 'overlays/dev\r\n# staging comes later\r\n\r\noverlays/prod\r\n',
      images: `# from the build job\r\ncompute=${ref}\r\n\r\n`,
    });
    expect(errorLines(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.outputs.action).toBe('written');
    expect(JSON.parse(r.outputs.files!)).toEqual([
      'overlays/dev/kustomization.yaml',
      'overlays/prod/kustomization.yaml',
    ]);
  });

  it('a stale tag hiding a blank line and Markdown: the summary stays one HTML block, nothing renders', () => {
    const files = overlayFiles(['prod']);
    files['overlays/prod/kustomization.yaml'] = files['overlays/prod/kustomization.yaml']!.replace(
      'newTag: v1 # old',
      'newTag: "v1\\n\\n![t](https://tracker.invalid/p.png) **<b>bold</b>**" # old',
    );
    const r = pinAction(clone(bareRemote(files)), { overlays: 'overlays/prod', images: `compute=${ref}` });
    expect(r.status, r.stdout).toBe(0);
    // A blank line would end the HTML block, and the rest would render as Markdown (an image).
    expect(r.summary).not.toMatch(/\n[ \t]*\n/);
    expect(r.summary).toContain(
      '<td>compute:v1&#10;&#10;![t](https://tracker.invalid/p.png) **&lt;b&gt;bold&lt;/b&gt;**</td>',
    );
    // Every line is inside an HTML block element: no line of Markdown.
    for (const line of r.summary.trimEnd().split('\n')) expect(line).toMatch(/^<(h3|table|p)>.*<\/(h3|table|p)>$/);
  });

  it('an overlay directory named like an output delimiter cannot forge an output', () => {
    const repo = clone(bareRemote(overlayFiles([])));
    const dir = 'forged<<ghadelimiter_00000000-0000-0000-0000-000000000000';
    mkdirSync(join(repo, dir));
    writeFileSync(join(repo, dir, 'kustomization.yaml'), 'images:\n- name: compute\n  newTag: v1\n');
    const r = pinAction(repo, { overlays: dir, images: `compute=${ref}` });
    expect(r.status, r.stdout).toBe(0);
    expect(Object.keys(r.outputs).sort()).toEqual(['action', 'changed', 'commit', 'files']);
    expect(JSON.parse(r.outputs.files!)).toEqual([`${dir}/kustomization.yaml`]);
  });

  it.each([
    ['images missing', {}, '::error::images: this input is required and was not given'],
    [
      'images only comments and blank lines',
      { images: '# nothing yet\r\n\r\n' },
      '::error::images: this input is required and was not given',
    ],
    ['push: maybe', { images: `compute=${ref}`, push: 'maybe' }, '::error::push: expected true or false, got "maybe"'],
    [
      'working-directory missing',
      { images: `compute=${ref}`, 'working-directory': 'no/such/dir' },
      '::error::working-directory: "no/such/dir" is not a directory',
    ],
    ['images line not NAME=REF', { images: 'compute' }, '::error::images: expected KEY=VALUE, got "compute"'],
    [
      'source-repo missing',
      { images: `compute=${ref}`, 'source-repo': 'no/such/app' },
      '::error::source-repo: "no/such/app" is not a directory (a clone of the repository the images are built from)',
    ],
  ])('bad input (%s): exit 1 and one ::error:: naming the input, no stack trace', (_case, inputs, error) => {
    const repo = clone(bareRemote(overlayFiles(['dev'])));
    const r = pinAction(repo, { overlays: 'overlays/dev', ...inputs });
    expect(r.status).toBe(1);
    expect(errorLines(r.stdout)).toEqual([error]);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.outputs).toEqual({});
  });
});

describe('the bundled pin action with source-repo (overlays kept apart from the app repository)', () => {
  it('an older build finishing last: source-repo lets it see the newer pin and keep it', async () => {
    const remote = bareRemote(overlayFiles(['prod']));
    const app = sourceHistory(2);
    const [older, newer] = app.commits as [string, string];
    const base = { overlays: 'overlays/prod', push: 'true', 'source-repo': app.dir };
    const first = pinAction(clone(remote), {
      ...base,
      images: `compute=127.0.0.1:5000/team/compute@${digest('b')}`,
      'source-commit': newer,
    });
    expect(first.outputs.action, first.stdout).toBe('pushed');
    const late = pinAction(clone(remote), {
      ...base,
      images: `compute=127.0.0.1:5000/team/compute@${digest('a')}`,
      'source-commit': older,
    });
    expect(late.status, late.stdout).toBe(0);
    expect(late.outputs.action).toBe('newer-pin-kept');
    expect(showRemote(remote, 'overlays/prod/kustomization.yaml')).toContain(digest('b'));
  });
});
