import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** An example caller workflow from workflows/, pointed at the test registry. */
export function callerWorkflow(name: string, image: string): string {
  const text = readFileSync(join(ROOT, 'workflows', name), 'utf8');
  const ours = text
    .replace(/image: ghcr\.io\/.*$/m, `image: ${image}`)
    .replace(/shards: 4/, 'shards: 2')
    .replace(
      /registry-password: \$\{\{ secrets\.GITHUB_TOKEN \}\}/,
      'registry-username: ${{ secrets.REGISTRY_USER }}\n      registry-password: ${{ secrets.REGISTRY_PASSWORD }}',
    );
  expect(ours).not.toBe(text);
  return ours;
}

/** The example program, and the example overlays with a staging overlay (dev's, renamed) and prod. */
export function example(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['example/compute', 'overlays/base']) {
    const dir = join(ROOT, folder);
    for (const name of readdirSync(dir)) files[`${folder}/${name}`] = readFileSync(join(dir, name), 'utf8');
  }
  const dev = readFileSync(join(ROOT, 'overlays/dev/kustomization.yaml'), 'utf8');
  files['overlays/staging/kustomization.yaml'] = dev.replace('namespace: pi-dev', 'namespace: pi-staging');
  files['overlays/prod/kustomization.yaml'] = readFileSync(join(ROOT, 'overlays/prod/kustomization.yaml'), 'utf8');
  return files;
}

export { pullRequestEvent, pushEvent } from './events.js';
