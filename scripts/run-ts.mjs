// Runs one TypeScript file (a benchmark or a script) by bundling it with esbuild into a temp file,
// so it uses the same module resolution as dist/ and needs no extra loader.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
// Inside the project (.pinship/ is ignored by git) so that bare imports resolve from node_modules.
mkdirSync('.pinship', { recursive: true });
const dir = mkdtempSync(join('.pinship', 'run-ts-'));
const outfile = join(dir, 'main.mjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
