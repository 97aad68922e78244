import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PinshipError } from '../../src/errors.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { pin } from '../../src/pin/pin.js';
import { readTree } from './fixtures.js';
import { scratchDir } from '../support/scratch.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const images = parseImagePins([`compute=127.0.0.1:5000/team/compute@${DIGEST}`]);

/** A repo with a good overlay `good/` and whatever else the scenario adds. */
function repoWith(files: Record<string, string>): string {
  const dir = scratchDir('pinship-bad-');
  const all = {
    'good/kustomization.yaml': 'resources:\n- ../base\nimages:\n- name: compute\n  newTag: v1\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function failure(repo: string, overlays: string[]): Promise<PinshipError> {
  const before = readTree(repo);
  const err = await pin({ repo, overlays, images, log: silentLogger }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PinshipError);
  // All or nothing: the good overlay given first is untouched too.
  expect(readTree(repo)).toEqual(before);
  return err as PinshipError;
}

describe('bad input: a clear error naming it, nothing written', () => {
  it('a repository folder that does not exist is named as such', async () => {
    const missing = join(scratchDir('pinship-bad-'), 'nope');
    const err = await pin({ repo: missing, overlays: ['good'], images, log: silentLogger }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PinshipError);
    expect((err as PinshipError).message).toBe(`repo: ${JSON.stringify(missing)} is not a directory`);
  });

  it('malformed YAML names the file and the line', async () => {
    const repo = repoWith({
      'bad/kustomization.yaml': 'resources:\n- ../base\nimages:\n- name: compute\n  newTag: [v1\n',
    });
    const err = await failure(repo, ['good', 'bad']);
    expect(err.format()).toMatch(/^bad\/kustomization\.yaml: invalid YAML at line \d+/);
  });

  it('an overlay with no kustomization', async () => {
    const repo = repoWith({ 'empty/README': 'nothing here\n' });
    expect((await failure(repo, ['good', 'empty'])).format()).toContain('no kustomization in overlay empty');
  });

  it('an overlay that does not exist', async () => {
    const repo = repoWith({});
    expect((await failure(repo, ['good', 'nope'])).format()).toContain('"nope" does not exist');
  });

  it('a `..` escape out of the repository', async () => {
    const repo = repoWith({});
    expect((await failure(repo, ['good', '../../etc'])).format()).toContain('is outside the repository');
  });

  it('an overlay directory that is a symlink out of the repository', async () => {
    const outside = repoWith({});
    const repo = repoWith({});
    symlinkSync(join(outside, 'good'), join(repo, 'linked'));
    expect((await failure(repo, ['good', 'linked'])).format()).toContain('outside the repository through a symlink');
  });

  it('a kustomization file that is a symlink out of the repository', async () => {
    const outside = repoWith({});
    const repo = repoWith({});
    mkdirSync(join(repo, 'sneaky'));
    symlinkSync(join(outside, 'good', 'kustomization.yaml'), join(repo, 'sneaky', 'kustomization.yaml'));
    expect((await failure(repo, ['good', 'sneaky'])).format()).toContain('symlink leading outside the repository');
  });

  it('two kustomization files in one overlay', async () => {
    const repo = repoWith({ 'two/kustomization.yaml': 'resources: []\n', 'two/Kustomization': 'resources: []\n' });
    expect((await failure(repo, ['good', 'two'])).format()).toContain('kustomize refuses more than one');
  });

  it('an anchor shared with another entry would change both: refused', async () => {
    const repo = repoWith({
      'shared/kustomization.yaml':
        'images:\n- name: compute\n  newName: &r registry.example.com/old\n- name: worker\n  newName: *r\n',
    });
    const err = await failure(repo, ['good', 'shared']);
    expect(err.format()).toMatch(
      /^shared\/kustomization\.yaml: images: the edit would change more than the images entries/,
    );
  });

  it('duplicate entries for one image', async () => {
    const repo = repoWith({
      'dup/kustomization.yaml': 'images:\n- name: compute\n  newTag: a\n- name: compute\n  newTag: b\n',
    });
    expect((await failure(repo, ['good', 'dup'])).format()).toContain('images has 2 entries named "compute"');
  });

  it('images that is not a list', async () => {
    const repo = repoWith({ 'map/kustomization.yaml': 'images:\n  compute: x\n' });
    expect((await failure(repo, ['good', 'map'])).format()).toContain('images must be a list, at line 1');
  });

  it('a newTag inherited through a merge key would survive the pin: refused', async () => {
    // kustomize applies `<<`: this entry renders as 127.0.0.1:5000/team/compute:v3@sha256:... .
    const repo = repoWith({
      'merged/kustomization.yaml':
        'images:\n- &w {name: worker, newName: reg.example.com/worker, newTag: v3}\n- <<: *w\n  name: compute\n',
    });
    const err = await failure(repo, ['good', 'merged']);
    expect(err.format()).toMatch(
      /^merged\/kustomization\.yaml: images\[1\]\.newTag: .*takes newTag "v3" from a merge key/,
    );
  });

  it('an images entry without a name (kustomize would skip it silently)', async () => {
    const repo = repoWith({
      'noname/kustomization.yaml': 'images:\n- name: worker\n  newTag: v1\n- nmae: compute\n  newTag: v2\n',
    });
    expect((await failure(repo, ['good', 'noname'])).format()).toMatch(
      /^noname\/kustomization\.yaml: images\[1\]\.name: images\[1\] has no name, at line 4/,
    );
  });

  it('a second YAML document (kustomize reads only the first)', async () => {
    const repo = repoWith({
      'twodocs/kustomization.yaml': 'resources:\n- ../base\n---\nimages:\n- name: compute\n  newTag: v1\n',
    });
    expect((await failure(repo, ['good', 'twodocs'])).format()).toMatch(
      /^twodocs\/kustomization\.yaml: a kustomization is one YAML document; another starts at line 3/,
    );
  });

  it.each([
    ['compute=127.0.0.1:5000/team/compute:v1', 'has no digest'],
    [
      `compute:v1=127.0.0.1:5000/team/compute@${DIGEST}`,
      'NAME "compute:v1" must be an image name without tag or digest',
    ],
    [`my app=127.0.0.1:5000/team/compute@${DIGEST}`, 'invalid image reference "my app"'],
    ['compute=127.0.0.1:5000/team/compute@sha256:abc', 'the digest must be sha256: and 64 lowercase hex digits'],
    [`compute=Team/Compute@${DIGEST}`, 'the repository must be lowercase'],
    ['compute', 'expected KEY=VALUE'],
  ])('a bad reference %s', (line, message) => {
    expect(() => parseImagePins([line])).toThrow(message);
  });

  it('one image given twice (which digest was meant?)', () => {
    const twice = [
      `compute=127.0.0.1:5000/team/compute@${DIGEST}`,
      `compute=127.0.0.1:5000/team/compute@sha256:${'b'.repeat(64)}`,
    ];
    expect(() => parseImagePins(twice, '--image')).toThrow('--image: compute: "compute" is given twice');
  });
});
