// Bundles the action entries (dist/<verb>/index.js) and the CLI (dist/cli/index.js) as ESM with
// code splitting: what an entry loads with `await import()` (the Kubernetes client, BuildKit, the
// GitHub client...) and what entries share go to dist/chunks/, named by content hash, so a verb
// loads only what it uses and two bundlings of one source give identical files. The output is
// committed; CI rebuilds and diffs it. `--outdir DIR` bundles elsewhere (the tests use a scratch
// folder, so that running them never rewrites the committed dist/).
import { build } from 'esbuild';
import { readdirSync, rmSync, chmodSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = values.outdir;

/** Entry file -> output name; each action.yml's `main` or `post` names one of these. */
const entries = [
  { in: 'src/action/build.ts', out: 'build/index' },
  { in: 'src/action/pin.ts', out: 'pin/index' },
  { in: 'src/action/pin-post.ts', out: 'pin-post/index' },
  { in: 'src/action/run.ts', out: 'run/index' },
  { in: 'src/action/run-post.ts', out: 'run-post/index' },
  { in: 'src/action/report.ts', out: 'report/index' },
  { in: 'src/action/pipeline.ts', out: 'pipeline/index' },
  { in: 'src/action/pipeline-post.ts', out: 'pipeline-post/index' },
  { in: 'src/cli/index.ts', out: 'cli/index' },
];

/**
 * @actions/http-client imports undici (~0.8 MB) for `getAgentDispatcher` only, which neither
 * @actions/core nor pinship calls. Declared free of side effects, esbuild leaves it out whenever
 * nothing uses it, instead of every action step loading it.
 */
const unusedUndici = {
  name: 'unused-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, async (args) => {
      if (args.pluginData === 'resolving' || !/@actions[\\/]http-client[\\/]/.test(args.importer)) return undefined;
      const found = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return { path: found.path, sideEffects: false };
    });
  },
};

/**
 * Modules that dependencies require when they load but call only for features pinship may not
 * use: dockerode's own BuildKit session (gRPC, protobufjs) and docker-modem's ssh:// transport
 * (ssh2). Each is bundled behind a function that requires it on its first call, so that loading
 * dockerode (a skipped build, a local run, the post step) no longer evaluates them.
 */
const LAZY_REQUIRES = [
  { importer: /[\\/]dockerode[\\/]lib[\\/]docker\.js$/, path: './session' },
  { importer: /[\\/]docker-modem[\\/]lib[\\/]modem\.js$/, path: './ssh' },
];
const lazyRequires = {
  name: 'lazy-requires',
  setup(b) {
    b.onResolve({ filter: /^\.\/(session|ssh)$/ }, async (args) => {
      if (!LAZY_REQUIRES.some((l) => l.path === args.path && l.importer.test(args.importer))) return undefined;
      const found = await b.resolve(`${args.path}.js`, { kind: args.kind, resolveDir: args.resolveDir });
      // Relative to the project, so that the bundle names no machine's absolute path.
      return { path: relative('.', found.path), namespace: 'lazy-require' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-require' }, (args) => ({
      contents:
        'module.exports = function () { return require(' +
        `'./${args.path.split(/[\\/]/).pop()}').apply(this, arguments); };`,
      resolveDir: dirname(resolve(args.path)),
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node22',
  format: 'esm',
  // CommonJS dependencies call require() for Node built-ins; give each ESM file one.
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
  plugins: [unusedUndici, lazyRequires],
  legalComments: 'none',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
  metafile: true,
});

// Remove outputs of entries and chunks that no longer exist, without ever leaving the folder empty.
const produced = new Set(Object.keys(result.metafile.outputs).map((p) => relative(outdir, p)));
for (const file of listFiles(outdir)) if (!produced.has(file)) rmSync(join(outdir, file));

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), join(prefix, e.name)) : [join(prefix, e.name)],
  );
}
chmodSync(join(outdir, 'cli/index.js'), 0o755);
const chunks = [...produced].filter((f) => f.startsWith('chunks/')).length;
console.log(`bundled ${entries.length - 1} action entries and the CLI (${chunks} shared chunks) into ${outdir}/`);
