// Bundles the action entries (dist/<verb>/index.js) and the CLI (dist/cli/index.js) as ESM with
// code splitting: what an entry loads with `await import()` (the Kubernetes client, BuildKit, the
// GitHub client...) and what entries share go to dist/chunks/, named by content hash, so a verb
// loads only what it uses and two bundlings of one source give identical files. @actions/artifact
// is bundled apart (dist/artifact-client/index.js, see `artifactApart`). The output is committed;
// CI rebuilds and diffs it. `--outdir DIR` bundles elsewhere (the tests use a scratch folder, so
// that running them never rewrites the committed dist/).
import { build } from 'esbuild';
import { readdirSync, rmSync, chmodSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
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
 * @actions/artifact brings @actions/github, which uses undici, and so does @actions/http-client
 * once anything calls its proxy dispatcher. In the split build, that http-client is the one
 * @actions/core loads in every action: undici would land in the chunk every step loads at start.
 * So src/github/artifact-client.ts (all pinship uses of @actions/artifact) is a build of its own,
 * one file with its own copy of what it needs, and src/github/artifact.ts imports it at run time
 * by a path left to Node. Every output of the split build sits one folder below outdir
 * (<entry>/index.js, chunks/*.js), so one relative path reaches it from wherever esbuild puts
 * artifact.ts's code; checked after the build.
 */
const ARTIFACT_CLIENT = { in: 'src/github/artifact-client.ts', out: 'artifact-client/index' };
const ARTIFACT_CLIENT_IMPORT = `../${ARTIFACT_CLIENT.out}.js`;
const artifactApart = {
  name: 'artifact-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/artifact-client\.js$/ }, (args) =>
      /[\\/]src[\\/]github[\\/]artifact\.ts$/.test(args.importer)
        ? { path: ARTIFACT_CLIENT_IMPORT, external: true }
        : undefined,
    );
  },
};

/**
 * Modules that dependencies require when they load, for features pinship does not use or seldom
 * uses. Required at load, they would be in the static import closure of every verb that loads
 * dockerode (a skipped build, a local run, the post step): about 1.6 MB more to read and compile.
 * - dockerode's own BuildKit session and progress decoder (gRPC, protobufjs): pinship builds with
 *   its own session (src/docker/buildkit/) and never calls them, so they are left out; a call throws.
 * - docker-modem's ssh:// transport (ssh2): bundled apart, loaded by connectEngine with `await
 *   import()` for an ssh:// DOCKER_HOST only (src/docker/modem-ssh.ts), and called through there.
 */
const REPLACED_REQUIRES = [
  {
    importer: /[\\/]dockerode[\\/]lib[\\/]docker\.js$/,
    path: './session',
    contents: notBundled("dockerode's BuildKit session"),
  },
  {
    importer: /[\\/]dockerode[\\/]lib[\\/]docker\.js$/,
    path: './buildkit',
    contents: `module.exports = { followProgress: ${notBundled("dockerode's BuildKit progress decoder", false)} };`,
  },
  {
    importer: /[\\/]docker-modem[\\/]lib[\\/]modem\.js$/,
    path: './ssh',
    contents: "module.exports = require('./src/docker/modem-ssh.ts').modemSshAgent;",
  },
];

function notBundled(what, asModule = true) {
  const fn = `function () { throw new Error("${what} is not in pinship's bundle (pinship uses its own)"); }`;
  return asModule ? `module.exports = ${fn};` : fn;
}

const replacedRequires = {
  name: 'replaced-requires',
  setup(b) {
    b.onResolve({ filter: /^\.\/(session|buildkit|ssh)$/ }, (args) => {
      const i = REPLACED_REQUIRES.findIndex((r) => r.path === args.path && r.importer.test(args.importer));
      return i === -1 ? undefined : { path: `${args.path.slice(2)}-${i}`, namespace: 'replaced-require' };
    });
    b.onLoad({ filter: /.*/, namespace: 'replaced-require' }, (args) => ({
      contents: REPLACED_REQUIRES[Number(args.path.split('-').pop())].contents,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/**
 * The run record's validators, precompiled: src/record/record-validators.ts compiles the schema
 * with ajv on first use, which took most of a report's start-up; the bundles get ajv's standalone
 * code of each check instead, made by src/record/record-schema.ts from the options it compiles with.
 */
const recordSchema = await import(pathToFileURL(join(ROOT, 'src/record/record-schema.ts')).href);
const precompiledRecordValidators = {
  name: 'precompiled-record-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]record[\\/]record-validators\.ts$/ }, () => ({
      contents:
        "import reader from 'record-validator:reader';\nimport writer from 'record-validator:writer';\n" +
        "export function recordValidator(check) { return check === 'writer' ? writer : reader; }\n",
      resolveDir: ROOT,
      loader: 'js',
    }));
    b.onResolve({ filter: /^record-validator:/ }, (args) => ({
      path: args.path.slice('record-validator:'.length),
      namespace: 'record-validator',
    }));
    b.onLoad({ filter: /.*/, namespace: 'record-validator' }, (args) => ({
      contents: recordSchema.recordValidatorModule(args.path),
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

const common = {
  outdir,
  bundle: true,
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
  legalComments: 'none',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
  metafile: true,
};
const [split, artifactClient] = await Promise.all([
  build({
    ...common,
    entryPoints: entries,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [unusedUndici, replacedRequires, precompiledRecordValidators, artifactApart],
  }),
  build({ ...common, entryPoints: [ARTIFACT_CLIENT], splitting: false }),
]);

for (const [file, output] of Object.entries(split.metafile.outputs)) {
  const importsClient = output.imports.some((i) => i.external && i.path === ARTIFACT_CLIENT_IMPORT);
  if (importsClient && relative(outdir, file).split(sep).length !== 2)
    throw new Error(`${file} imports ${ARTIFACT_CLIENT_IMPORT}, which is relative to a folder one below ${outdir}`);
}

// Remove outputs of entries and chunks that no longer exist, without ever leaving the folder empty.
const outputs = [...Object.keys(split.metafile.outputs), ...Object.keys(artifactClient.metafile.outputs)];
const produced = new Set(outputs.map((p) => relative(outdir, p)));
for (const file of listFiles(outdir)) if (!produced.has(file)) rmSync(join(outdir, file));

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), join(prefix, e.name)) : [join(prefix, e.name)],
  );
}
chmodSync(join(outdir, 'cli/index.js'), 0o755);
const chunks = [...produced].filter((f) => f.startsWith('chunks/')).length;
console.log(
  `bundled ${entries.length - 1} action entries and the CLI (${chunks} shared chunks), and the artifact client, ` +
    `into ${outdir}/`,
);
