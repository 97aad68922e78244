// Bundles one self-contained ESM file per action entry (src/action/<verb>.ts -> dist/<verb>/index.js)
// and one for the CLI (dist/cli/index.js). The output is committed; CI rebuilds and diffs it.
import { build } from 'esbuild';
import { readdirSync, rmSync, chmodSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const actionEntries = readdirSync('src/action')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ in: `src/action/${f}`, out: `${f.replace(/\.ts$/, '')}/index` }));

const result = await build({
  entryPoints: [...actionEntries, { in: 'src/cli/index.ts', out: 'cli/index' }],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
  banner: {
    // ...and __dirname/__filename, which ssh2 (via docker-modem) reads at load time.
    js:
      "import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as " +
      "__pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const " +
      'require = __pinshipCreateRequire(import.meta.url); const __filename = ' +
      '__pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);',
  },
  // ssh2 (via docker-modem) tries optional native addons inside try/catch; leave them unresolved.
  external: ['*.node', 'cpu-features'],
  legalComments: 'none',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
  metafile: true,
});

// Remove outputs of entries that no longer exist, without ever leaving dist/ empty.
const produced = new Set(Object.keys(result.metafile.outputs).map((p) => relative('dist', p)));
for (const file of listFiles('dist')) if (!produced.has(file)) rmSync(join('dist', file));

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), join(prefix, e.name)) : [join(prefix, e.name)],
  );
}
chmodSync('dist/cli/index.js', 0o755);
console.log(`bundled ${actionEntries.length} action entries and the CLI into dist/`);
