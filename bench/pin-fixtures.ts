// Builds the benchmark's repository of overlays: 3 images each, comments, mixed styles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLES = [
  // block, sequences at the key's column, comments everywhere
  (i: number) => `# overlay ${i}: block style\nresources:\n- ../../base # shared\nnamespace: team-${i}\nimages:\n# the main program\n- name: compute # pinned by CI\n  newName: 127.0.0.1:5000/team/compute\n  newTag: v${i}\n- name: worker\n  newTag: "1.${i}"\n- name: sidecar\n  digest: sha256:${'e'.repeat(64)}\n# end\n`,
  // block, indented sequences, quoted values
  (i: number) => `# overlay ${i}: indented\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: 'compute'\n    newName: '127.0.0.1:5000/team/compute'\n    digest: "sha256:${'c'.repeat(64)}"\n  - name: worker # helper\n    newTag: v2\n  - name: sidecar\n    newTag: v3\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      - op: add\n        path: /spec/replicas\n        value: 2\n`,
  // flow style
  (i: number) => `# overlay ${i}: flow\nresources: [../../base]\nimages: [{name: compute, newTag: v1}, {name: worker, newTag: v2}, {name: sidecar, newTag: v3}] # flow\n`,
  // CRLF
  (i: number) => `# overlay ${i}: windows\r\nresources:\r\n- ../../base\r\nimages:\r\n- name: compute\r\n  newTag: old # inline\r\n- name: worker\r\n  newTag: v2\r\n- name: sidecar\r\n  newTag: v3\r\n`,
];

/** Writes `count` overlays under `dir/overlays/envN`; returns their relative directories. */
export function generateOverlays(dir: string, count: number): string[] {
  mkdirSync(join(dir, 'base'), { recursive: true });
  writeFileSync(join(dir, 'base', 'kustomization.yaml'), 'resources: []\n');
  const overlays: string[] = [];
  for (let i = 0; i < count; i++) {
    const rel = `overlays/env${i}`;
    mkdirSync(join(dir, rel), { recursive: true });
    writeFileSync(join(dir, rel, 'kustomization.yaml'), STYLES[i % STYLES.length]!(i));
    overlays.push(rel);
  }
  return overlays;
}
