import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseImagePins } from '../../src/pin/image-pins.js';
import { editKustomization } from '../../src/kube/kustomization/edit.js';

const D = `sha256:${'a'.repeat(64)}`;
const pins = parseImagePins([`x=reg.io/x@${D}`, `y=reg.io/y:1@${D}`, `z=z@${D}`]);
const wanted = [
  { name: 'x', newName: 'reg.io/x', digest: D },
  { name: 'y', newName: 'reg.io/y', newTag: '1', digest: D },
  { name: 'z', digest: D },
];

describe('several images in one edit', () => {
  it.each([
    [
      'an empty flow list',
      'images: []\n',
      `images: [{name: x, newName: reg.io/x, digest: ${D}}, {name: "y", newName: reg.io/y, newTag: "1", digest: ` +
        `${D}}, {name: z, digest: ${D}}]\n`,
    ],
    [
      'an explicit null',
      'images: ~ # none\n',
      `images: [{name: x, newName: reg.io/x, digest: ${D}}, {name: "y", newName: reg.io/y, newTag: "1", digest: ` +
        `${D}}, {name: z, digest: ${D}}] # none\n`,
    ],
    [
      'two entries appended after the same line, one edited',
      'images:\n  - name: z\n    newTag: v1 # c\n# tail\n',
      `images:\n  - name: z\n    digest: ${D} # c\n  - name: x\n    newName: reg.io/x\n    digest: ${D}\n  - name: ` +
        `"y"\n    newName: reg.io/y\n    newTag: "1"\n    digest: ${D}\n# tail\n`,
    ],
  ])('%s', (_name, text, expected) => {
    const first = editKustomization(text, 'k.yaml', pins, { rollJobs: false });
    expect(first.text).toBe(expected);
    expect(
      [...parse(first.text).images].sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)),
    ).toEqual(wanted);
    const second = editKustomization(first.text, 'k.yaml', pins, { rollJobs: false });
    expect({ text: second.text, images: second.images }).toEqual({ text: first.text, images: [] });
  });

  it('adds the Job-roll patch to a flow `patches` list, once', () => {
    const first = editKustomization('images: [{name: a, newTag: b}]\npatches: []\n', 'k.yaml', pins, {
      rollJobs: true,
    });
    expect(parse(first.text).patches).toEqual([
      { target: { kind: 'Job' }, patch: expect.stringContaining('kustomize.toolkit.fluxcd.io/force: enabled') },
    ]);
    const again = editKustomization(first.text, 'k.yaml', parseImagePins([`x=reg.io/x@sha256:${'b'.repeat(64)}`]), {
      rollJobs: true,
    });
    expect(parse(again.text).patches).toHaveLength(1);
  });

  it('a tag that reads as a number is quoted, so kustomize gets the string', () => {
    const out = editKustomization('images:\n- name: x\n  newTag: v1\n', 'k.yaml', parseImagePins([`x=x:1.10@${D}`]), {
      rollJobs: false,
    });
    expect(out.text).toBe(`images:\n- name: x\n  newTag: "1.10"\n  digest: ${D}\n`);
  });

  it('a file with only comments (or nothing) gets `images:` and the Job-roll patch after them', () => {
    for (const text of ['', '# filled in by CI\n', '# filled in by CI']) {
      const out = editKustomization(text, 'k.yaml', parseImagePins([`x=x@${D}`]), { rollJobs: true });
      expect(
        out.text.startsWith(`${text}${text && !text.endsWith('\n') ? '\n' : ''}images:\n- name: x\n  digest: ${D}\n`),
      ).toBe(true);
      expect(parse(out.text)).toEqual({
        images: [{ name: 'x', digest: D }],
        patches: [expect.objectContaining({ target: { kind: 'Job' } })],
      });
      expect(editKustomization(out.text, 'k.yaml', parseImagePins([`x=x@${D}`]), { rollJobs: true }).images).toEqual(
        [],
      );
    }
  });
});
