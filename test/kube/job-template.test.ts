import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_HASH_ANNOTATION,
  canonicalJson,
  jobChange,
  templateHash,
  withTemplateHash,
} from '../../src/kube/job-template.js';
import type { KubeObject } from '../../src/kube/render.js';

const job = (image: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'compute' },
  spec: {
    completions: 3,
    ...extra,
    template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image }] } },
  },
});

describe('the Job change decision', () => {
  const pinned = job(`127.0.0.1:5000/compute@sha256:${'a'.repeat(64)}`);

  it('is "new" when the cluster has no such Job', () => {
    expect(jobChange(pinned, undefined)).toBe('new');
  });

  it('is "unchanged" when the Job renders as last applied, "configured" when only non-template fields differ', () => {
    expect(jobChange(pinned, withTemplateHash(pinned) as never)).toBe('unchanged');
    const existing = withTemplateHash(job(`127.0.0.1:5000/compute@sha256:${'a'.repeat(64)}`, { parallelism: 9 }));
    expect(jobChange(pinned, existing as never)).toBe('configured');
  });

  it('is "template-changed" when pin wrote a new digest', () => {
    const existing = withTemplateHash(job(`127.0.0.1:5000/compute@sha256:${'b'.repeat(64)}`));
    expect(jobChange(pinned, existing as never)).toBe('template-changed');
  });

  it('is "unknown" for a Job pinship did not apply (no hash): a dry run decides', () => {
    expect(jobChange(pinned, { metadata: { annotations: {} } })).toBe('unknown');
  });

  it('hashes key order away, and adds the annotation without touching the original', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const annotated = withTemplateHash(pinned);
    expect(annotated.metadata.annotations).toMatchObject({ [TEMPLATE_HASH_ANNOTATION]: templateHash(pinned) });
    expect(pinned.metadata.annotations).toBeUndefined();
  });
});
