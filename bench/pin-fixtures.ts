// Builds the benchmark's repository of overlays: 3 images each, comments, mixed styles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLES = [
  // block, sequences at the key's column, comments everywhere
  (i: number) =>
    `# overlay ${i}: block style\nresources:\n- ../../base # shared\nnamespace: team-${i}\nimages:\n# the main ` +
    `program\n- name: compute # pinned by CI\n  newName: 127.0.0.1:5000/team/compute\n  newTag: v${i}\n- name: ` +
    `worker\n  newTag: "1.${i}"\n- name: sidecar\n  digest: sha256:${'e'.repeat(64)}\n# end\n`,
  // block, indented sequences, quoted values
  (i: number) =>
    `# overlay ${i}: indented\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ` +
    "../../base\nimages:\n  - name: 'compute'\n    newName: '127.0.0.1:5000/team/compute'\n    digest: " +
    `"sha256:${'c'.repeat(64)}"\n  - name: worker # helper\n    newTag: v2\n  - name: sidecar\n    newTag: ` +
    'v3\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      - op: add\n        path: /spec/replicas\n  ' +
    '      value: 2\n',
  // flow style
  (i: number) =>
    `# overlay ${i}: flow\nresources: [../../base]\nimages: [{name: compute, newTag: v1}, {name: worker, newTag: ` +
    'v2}, {name: sidecar, newTag: v3}] # flow\n',
  // CRLF
  (i: number) =>
    `# overlay ${i}: windows\r\nresources:\r\n- ../../base\r\nimages:\r\n- name: compute\r\n  newTag: old # ` +
    'inline\r\n- name: worker\r\n  newTag: v2\r\n- name: sidecar\r\n  newTag: v3\r\n',
];

// pinship's Job-roll patch in each style, as a pin leaves it once a Job of the overlay ran a pinned image.
const ROLL = ['apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: pinship-job-roll'];
const ROLL_BLOCK = (indent: string, item: string) =>
  [`${item}- target:`, `${indent}    kind: Job`, `${indent}  patch: |-`, ...ROLL.map((l) => `${indent}    ${l}`)].join(
    '\n',
  );
const WITH_ROLL = [
  (text: string) => `${text}patches:\n${ROLL_BLOCK('', '')}\n`,
  (text: string) => `${text}${ROLL_BLOCK('  ', '  ')}\n`,
  (text: string) => `${text}patches: [{target: {kind: Job}, patch: ${JSON.stringify(ROLL.join('\n'))}}]\n`,
  (text: string) => `${text}patches:\r\n${ROLL_BLOCK('', '').replace(/\n/g, '\r\n')}\r\n`,
];

/**
 * Writes `count` overlays under `dir/overlays/envN`; returns their relative directories. With
 * `jobRoll`, each already holds pinship's Job-roll patch (overlays whose Jobs were pinned
 * before): re-pinning them never needs their kubectl build.
 */
export function generateOverlays(dir: string, count: number, options: { jobRoll?: boolean } = {}): string[] {
  mkdirSync(join(dir, 'base'), { recursive: true });
  writeFileSync(join(dir, 'base', 'kustomization.yaml'), 'resources: []\n');
  const overlays: string[] = [];
  for (let i = 0; i < count; i++) {
    const rel = `overlays/env${i}`;
    mkdirSync(join(dir, rel), { recursive: true });
    const text = STYLES[i % STYLES.length]!(i);
    writeFileSync(
      join(dir, rel, 'kustomization.yaml'),
      options.jobRoll ? WITH_ROLL[i % WITH_ROLL.length]!(text) : text,
    );
    overlays.push(rel);
  }
  return overlays;
}
