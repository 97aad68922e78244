import { describe, expect, it } from 'vitest';
import { parseObjects } from '../../src/kube/render.js';

describe('parseObjects', () => {
  it('reads each document of a rendered stream, skipping empty ones', () => {
    const objects = parseObjects(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n---\napiVersion: batch/v1\nkind: Job\nmetadata: ' +
        '{name: b, namespace: n}\n',
      'dir',
    );
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ConfigMap/a', 'Job/b']);
  });

  it('refuses a document that is not a Kubernetes object, naming the overlay', () => {
    expect(() => parseObjects('just: text\n', 'overlays/x')).toThrow(
      /^overlays\/x: rendered document 1 is not a Kubernetes object/,
    );
  });
});
