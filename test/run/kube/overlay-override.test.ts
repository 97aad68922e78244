import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/silent-logger.js';
import { parseImagePins } from '../../../src/pin/image-pins.js';
import { renderWithOverrides } from '../../../src/run/kube/overlay-override.js';
import { runOverlay } from '../../../src/run/kube/run-overlay.js';
import { scratchDir } from '../../support/scratch.js';

/** An overlay folder with these files (test/kube/support.ts has one too, but it needs the cluster). */
function writeOverlay(files: Record<string, string>): string {
  const dir = scratchDir('pinship-overlay-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const kustomization = (namespace: string, resources: string[]) =>
  `namespace: ${namespace}\nresources:\n${resources.map((r) => `  - ${r}\n`).join('')}`;

const digest = `sha256:${'b'.repeat(64)}`;
const JOB = `apiVersion: batch/v1
kind: Job
metadata: { name: work }
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: main, image: compute }]
`;
const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata: { name: team-exp }\n';

describe('an overlay rendered with --namespace and --image', () => {
  it('moves every object, renames its Namespace, replaces the image as pin would, and writes nothing', async () => {
    const text = `${kustomization('team-exp', ['ns.yaml', 'job.yaml'])}images:
  - name: compute
    newName: 127.0.0.1:5000/team/compute
    newTag: main
`;
    const dir = writeOverlay({ 'kustomization.yaml': text, 'ns.yaml': NAMESPACE, 'job.yaml': JOB });
    const objects = await renderWithOverrides(dir, {
      namespace: 'pr-12',
      images: parseImagePins([`compute=127.0.0.1:5000/pr/compute@${digest}`]),
    });
    expect(objects.map((o) => [o.kind, o.metadata.name, o.metadata.namespace])).toEqual([
      ['Namespace', 'pr-12', undefined],
      ['Job', 'work', 'pr-12'],
    ]);
    const spec = objects[1]!.spec as { template: { spec: { containers: { image: string }[] } } };
    expect(spec.template.spec.containers[0]!.image).toBe(`127.0.0.1:5000/pr/compute@${digest}`);
    expect(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')).toBe(text);
  });
});

describe('an overlay holding what a run may not create', () => {
  it('is refused before any request reaches the cluster', async () => {
    const dir = writeOverlay({
      'kustomization.yaml': kustomization('team-exp', ['job.yaml', 'binding.yaml']),
      'job.yaml': JOB,
      'binding.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: everyone-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: Group, name: system:authenticated, apiGroup: rbac.authorization.k8s.io }]
`,
    });
    // Nothing listens there: any request would fail with a connection error instead.
    const kubeconfig = join(scratchDir('pinship-kc-'), 'config');
    writeFileSync(
      kubeconfig,
      'apiVersion: v1\nkind: Config\ncurrent-context: c\n' +
        'clusters: [{name: k, cluster: {server: "https://127.0.0.1:1"}}]\n' +
        'users: [{name: u, user: {token: t}}]\ncontexts: [{name: c, context: {cluster: k, user: u}}]\n',
    );
    await expect(runOverlay({ overlay: dir, kubeconfig, log: silentLogger })).rejects.toThrow(
      'the overlay holds what a run may not create: ClusterRoleBinding/everyone-admin (kind not allowed); ' +
        'nothing was applied',
    );
  });
});
