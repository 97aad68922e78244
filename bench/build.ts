// Benchmark of `pinship build`. Prints a markdown table.
//   source scripts/setup.sh && node scripts/run-ts.mjs bench/build.ts     (or: npm run bench -- build)
// On a generated context (10,000 files, ~200 MB, a third of it ignored), in one run:
// 1. deciding "unchanged" and skipping (walk + content ids + registry HEAD + tag PUT; ids from
//    git's index for the clean checkout, and by reading every file) against a fully
//    cached rebuild + push of the same context through the engine, by pinship's engine path and
//    by the docker CLI (classic builder);
// 2. hashing throughput of the sent files against `openssl speed -evp sha256` (16 KB blocks, one
//    core) and `sha256sum` over the same files;
// 3. peak RSS of streaming the whole context as a tar, against a tenth of it (memory must not
//    grow with the context);
// 4. a fresh runner: on an empty second engine (no images, no build cache), a context whose
//    dependency step is expensive and a one-line program change: build + push with the registry
//    cache, against a cold build of the same and the docker CLI's classic `docker pull` +
//    `docker build --cache-from` + `docker push`.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImage } from '../src/build/build-image.js';
import { readBuildContext } from '../src/build/context/read-context.js';
import { packContext } from '../src/build/context/tar.js';
import { hashEntries } from '../src/build/input-digest.js';
import { connectEngine } from '../src/docker/engine.js';
import { startSecondEngine } from '../test/support/second-engine.js';
import { silentLogger } from '../src/log/silent-logger.js';
import { MANIFEST_ACCEPT } from '../src/registry/client.js';

// The dependency step: ~100 MB of files and ~20 s in all. The wait is a sleep (a download
// stands still the same way) rather than 20 s of CPU on a machine shared with other jobs.
const DEPS_STEP =
  'RUN mkdir /deps && i=0 && while [ $i -lt 100 ]; do head -c 1000000 /dev/urandom > /deps/f$i; i=$((i+1)); done && ' +
  'sleep 17';

const FILES = 10_000;
const TOTAL_BYTES = 200e6;

if (process.argv[2] === 'pack') await packChild(process.argv[3]!, Number(process.argv[4]));
else if (process.argv[2] === 'generate')
  process.stdout.write(JSON.stringify(generateContext(process.argv[3]!, process.argv[4]!)));
else await main();

/** Child process: streams the context (or a fraction of its entries) to nowhere; prints its peak RSS. */
async function packChild(dir: string, fraction: number): Promise<void> {
  const context = await readBuildContext(dir);
  // Past 1, the same context streamed that many times in a row (2x and 4x as many bytes through
  // the stream, the same entry list in memory, no 400-800 MB more on disk).
  const passes = Math.max(1, Math.round(fraction));
  if (fraction < 1) context.entries = context.entries.slice(0, Math.ceil(context.entries.length * fraction));
  let bytes = 0;
  for (let pass = 0; pass < passes; pass++) {
    for await (const chunk of packContext(context)) bytes += (chunk as Buffer).length;
  }
  process.stdout.write(JSON.stringify({ bytes, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

async function main(): Promise<void> {
  const registry = process.env.PINSHIP_TEST_REGISTRY;
  const passwordFile = process.env.PINSHIP_TEST_REGISTRY_PASSWORD_FILE;
  if (!registry || !passwordFile)
    throw new Error('run `source scripts/setup.sh` first (it starts the engine and registry)');
  const username = process.env.PINSHIP_TEST_REGISTRY_USER ?? 'pinship';
  const password = readFileSync(passwordFile, 'utf8').trim();
  const base = process.env.PINSHIP_TEST_BASE_IMAGE ?? 'pinship/busybox:base';
  const root = mkdtempSync(join(tmpdir(), 'pinship-bench-build-'));
  const image = `${registry}/bench/build-${randomBytes(4).toString('hex')}`;
  const docker = await connectEngine();
  const rows: [string, string, string][] = [];
  try {
    const ctxDir = join(root, 'ctx');
    // Generated in a child process, so that this one's heap stays as small as a real run's.
    const generated = spawnSync(process.execPath, [process.argv[1]!, 'generate', ctxDir, base], { encoding: 'utf8' });
    if (generated.status !== 0) throw new Error(generated.stderr);
    const sent = JSON.parse(generated.stdout) as { files: number };
    const options = {
      context: ctxDir,
      image,
      tags: ['bench'],
      push: true,
      username,
      password,
      env: { ...process.env, GITHUB_REF: '' },
    };
    const fullHashing = { ...options, gitIndex: false };

    // Cold: fills the registry and the engine's cache.
    const cold = await timed(() => buildImage(options, { docker, log: silentLogger }));
    if (cold.value.skipped) throw new Error('the first build skipped');

    // Flush what generating the context and the cold build wrote, so that the kernel's writeback
    // of those ~400 MB (up to ~30 s later) cannot overlap the timed runs.
    execFileSync('sync');
    // 1. Skip decision, three times each: content ids from git's index, and reading every file.
    const skips: number[] = [];
    const fullSkips: number[] = [];
    for (let i = 0; i < 3; i++) {
      for (const [opts, into] of [
        [options, skips],
        [fullHashing, fullSkips],
      ] as const) {
        const r = await timed(() => buildImage(opts, { docker, log: silentLogger }));
        if (!r.value.skipped || r.value.digest !== cold.value.digest)
          throw new Error('the unchanged build did not skip');
        into.push(r.seconds);
      }
    }
    // Fully cached rebuild + push: what pinship does when it cannot skip (a label, which is in
    // the key, changes; every layer comes from the engine's cache).
    const rebuilds: number[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await timed(() =>
        buildImage({ ...options, labels: { rebuild: String(i) } }, { docker, log: silentLogger }),
      );
      if (r.value.skipped) throw new Error('the rebuild skipped');
      rebuilds.push(r.seconds);
    }
    // The same through the docker CLI (classic builder), as a reference.
    const dockerConfig = join(root, 'docker-config');
    mkdirSync(dockerConfig);
    writeFileSync(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [registry]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } }),
    );
    const cliEnv = { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: dockerConfig };
    const cli: number[] = [];
    for (let i = 0; i < 2; i++) {
      cli.push(
        timedSync(() => {
          execFileSync('/usr/bin/docker', ['build', '-q', '-t', `${image}:cli`, ctxDir], {
            env: cliEnv,
            stdio: 'ignore',
          });
          execFileSync('/usr/bin/docker', ['push', '-q', `${image}:cli`], { env: cliEnv, stdio: 'ignore' });
        }),
      );
    }
    const skip = median(skips);
    const fullSkip = median(fullSkips);
    // The skip's target is 20x the docker CLI's cached rebuild; pinship's own cached rebuild got fast
    // enough that a ratio to it is shown without a target.
    const vs = (t: number, target = '') =>
      `${(t / skip).toFixed(1)}x the skip with git's index, ${(t / fullSkip).toFixed(1)}x the skip reading every ` +
      `file${target}`;
    rows.push(['first build + push (cold, not compared)', fmtS(cold.seconds), '']);
    rows.push([
      'decide "unchanged" and skip, ids from git\'s index (median of 3)',
      fmtS(skip),
      `${skips.map(fmtS).join(', ')}`,
    ]);
    rows.push([
      'decide "unchanged" and skip, reading every sent file (median of 3)',
      fmtS(fullSkip),
      `${fullSkips.map(fmtS).join(', ')}`,
    ]);
    rows.push([
      'cached rebuild + push, pinship engine path (median of 2)',
      fmtS(median(rebuilds)),
      vs(median(rebuilds)),
    ]);
    rows.push(['cached `docker build` + `docker push`, CLI (2nd of 2)', fmtS(cli[1]!), vs(cli[1]!, ' (target 20x)')]);

    // 2. Hashing throughput over the sent files, warm page cache, against openssl and sha256sum.
    const context = await readBuildContext(ctxDir);
    await hashEntries(context.entries, { threads: 1 }); // warm
    const mb = context.bytes / 1e6;
    const one = median(
      await repeat(3, async () => (await timed(() => hashEntries(context.entries, { threads: 1 }))).seconds),
    );
    const dflt = median(await repeat(3, async () => (await timed(() => hashEntries(context.entries))).seconds));
    const openssl = opensslSpeed('sha256');
    const opensslSha1 = opensslSpeed('sha1');
    const files = context.entries
      .filter((e) => e.type === 'file')
      .map((e) => e.source!)
      .join('\0');
    const sha256sum = timedSync(() =>
      execFileSync('xargs', ['-0', 'sha256sum'], {
        input: files,
        stdio: ['pipe', 'ignore', 'inherit'],
        maxBuffer: 1 << 26,
      }),
    );
    rows.push([`openssl speed -evp sha256, 16 KB blocks, 1 core`, `${openssl.toFixed(0)} MB/s`, 'reference']);
    rows.push([
      `openssl speed -evp sha1, 16 KB blocks, 1 core`,
      `${opensslSha1.toFixed(0)} MB/s`,
      'content ids are git blob ids (SHA-1)',
    ]);
    rows.push([
      `pinship hashing, 1 thread (${sent.files} files, ${mb.toFixed(0)} MB)`,
      `${(mb / one).toFixed(0)} MB/s`,
      `${(mb / one / openssl).toFixed(2)}x openssl (target 0.5x)`,
    ]);
    rows.push([
      `pinship hashing, default: calling thread + ${Math.min(4, availableParallelism()) - 1} worker(s)`,
      `${(mb / dflt).toFixed(0)} MB/s`,
      `${(mb / dflt / openssl).toFixed(2)}x openssl`,
    ]);
    rows.push([
      `sha256sum over the same files`,
      `${(mb / sha256sum).toFixed(0)} MB/s`,
      `${(mb / sha256sum / openssl).toFixed(2)}x openssl`,
    ]);

    // 3. Peak RSS of streaming the context: a tenth, half, all of it, and 2x and 4x as much. V8
    // frees spent 1 MiB chunks lazily, so RSS climbs to a plateau; flat means no growth past it.
    for (const fraction of [0.1, 0.5, 1, 2, 4]) {
      const r = packRss(ctxDir, fraction);
      const what =
        fraction === 1
          ? 'the whole context'
          : fraction > 1
            ? `the context ${fraction}x over`
            : `${fraction * 100}% of it`;
      rows.push([
        `peak RSS streaming ${what} (${(r.bytes / 1e6).toFixed(0)} MB tar)`,
        `${r.maxRssMB.toFixed(0)} MB`,
        fraction === 4 ? 'flat past the plateau: the context streams' : '',
      ]);
    }
    rows.push(...(await freshRunner(docker, root, registry, username, password, dockerConfig)));
    rows.push([
      'peak RSS of this benchmark process (all of the above)',
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      '',
    ]);
  } finally {
    await cleanup(docker, image, registry, username, password);
    rmSync(root, { recursive: true, force: true });
  }
  console.log(
    `Context: ${FILES} files, ~${TOTAL_BYTES / 1e6} MB, a third ignored; ${process.env.HOSTNAME ?? ''} load ` +
      `${(await import('node:os')).loadavg()[0]!.toFixed(1)}\n`,
  );
  console.log('| measure | value | note |\n|---|---|---|');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
}

/**
 * Section 4: three empty engines in turn, as hosted runners start. The first builds commit 1
 * cold and pushes it (with its inline cache); after a one-line program change, the second
 * builds commit 2 with the registry cache (the default cache-from: this branch's image), and the
 * third runs the docker CLI's classic path for commit 2. A cold build of commit 2 costs what
 * commit 1's did: the same steps from nothing.
 */
async function freshRunner(
  docker: Awaited<ReturnType<typeof connectEngine>>,
  root: string,
  registry: string,
  username: string,
  password: string,
  dockerConfig: string,
): Promise<[string, string, string][]> {
  const repo = `${registry}/bench/fresh-${randomBytes(4).toString('hex')}`;
  const baseRef = `${repo}-base:v1`;
  const cliEnv = { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: dockerConfig };
  execFileSync('/usr/bin/docker', ['tag', process.env.PINSHIP_TEST_BASE_IMAGE ?? 'pinship/busybox:base', baseRef], {
    stdio: 'ignore',
  });
  execFileSync('/usr/bin/docker', ['push', '-q', baseRef], { env: cliEnv, stdio: 'ignore' });
  await docker
    .getImage(baseRef)
    .remove()
    .catch(() => undefined);
  const dir = join(root, 'fresh');
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(
    join(dir, 'Dockerfile'),
    `FROM ${baseRef}\n${DEPS_STEP}\nCOPY app/ /app/\nCMD ["sh", "/app/main.sh"]\n`,
  );
  writeFileSync(join(dir, '.dockerignore'), '.git\n');
  writeFileSync(join(dir, 'app', 'main.sh'), 'echo version 1\n');
  const g = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@pinship.invalid', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  g('init', '-q', '-b', 'main');
  g('add', '-A');
  g('commit', '-q', '-m', 'one');
  const options = {
    context: dir,
    image: repo,
    push: true,
    username,
    password,
    env: { ...process.env, GITHUB_REF: '' },
  };
  const onEmptyEngine = async <T>(fn: (engine: Awaited<ReturnType<typeof startSecondEngine>>) => Promise<T>) => {
    const engine = await startSecondEngine();
    try {
      return await fn(engine);
    } finally {
      await engine.stop();
    }
  };
  try {
    const cold = await onEmptyEngine((e) => timed(() => buildImage(options, { docker: e.docker, log: silentLogger })));
    writeFileSync(join(dir, 'app', 'main.sh'), 'echo version 2\n');
    g('commit', '-q', '-am', 'two');
    const cached = await onEmptyEngine((e) =>
      timed(() => buildImage(options, { docker: e.docker, log: silentLogger })),
    );
    if (cached.value.skipped) throw new Error('the changed build skipped');
    // The CLI's classic --cache-from reuses only layers the classic builder made (it matches the
    // pulled image's history), so its cache is commit 1 built and pushed by the CLI itself.
    const cliRun = (host: string, cache: boolean, tag: string) =>
      timedSync(() => {
        const env = { ...cliEnv, DOCKER_HOST: host };
        if (cache) execFileSync('/usr/bin/docker', ['pull', '-q', `${repo}:cli-main`], { env, stdio: 'ignore' });
        const from = cache ? ['--cache-from', `${repo}:cli-main`] : [];
        execFileSync('/usr/bin/docker', ['build', '-q', ...from, '-t', `${repo}:${tag}`, dir], {
          env,
          stdio: 'ignore',
        });
        execFileSync('/usr/bin/docker', ['push', '-q', `${repo}:${tag}`], { env, stdio: 'ignore' });
      });
    g('checkout', '-q', 'HEAD~1');
    const cliCold = await onEmptyEngine(async (e) => cliRun(e.host, false, 'cli-main'));
    g('checkout', '-q', 'main');
    const cli = await onEmptyEngine(async (e) => cliRun(e.host, true, 'cli-two'));
    return [
      [
        'fresh runner: cold build + push, empty engine (commit 1)',
        fmtS(cold.seconds),
        `dependency step: 100 MB of files and ~17 s of sleep`,
      ],
      [
        'fresh runner: build + push with the registry cache (commit 2)',
        fmtS(cached.seconds),
        `${(cold.seconds / cached.seconds).toFixed(1)}x faster than cold (target 5x)`,
      ],
      [
        'fresh runner: CLI classic `docker build` + `docker push`, empty engine (commit 1, its cache)',
        fmtS(cliCold),
        '',
      ],
      [
        'fresh runner: CLI `docker pull` + `docker build --cache-from` + `docker push`, classic (commit 2)',
        fmtS(cli),
        `pinship ${(cli / cached.seconds).toFixed(1)}x faster (target: faster)`,
      ],
    ];
  } finally {
    await cleanup(docker, repo, registry, username, password);
    await cleanup(docker, `${repo}-base`, registry, username, password);
  }
}

/** 10,000 files of random bytes (sizes 4-36 KB), two thirds under app/, a third under cache/ (ignored). */
function generateContext(dir: string, base: string): { files: number } {
  const avg = TOTAL_BYTES / FILES;
  let sentFiles = 0;
  for (let i = 0; i < FILES; i++) {
    const ignored = i % 3 === 2;
    const sub = join(dir, ignored ? 'cache' : 'app', `d${String(i % 100).padStart(2, '0')}`);
    if (i < 300) mkdirSync(sub, { recursive: true });
    const size = Math.round(avg * (0.2 + (1.6 * ((i * 7919) % 1000)) / 1000));
    writeFileSync(join(sub, `f${i}.bin`), randomBytes(size));
    if (!ignored) sentFiles++;
  }
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${base}\nCOPY app/ /app/\n`);
  writeFileSync(join(dir, '.dockerignore'), '.git\ncache/\n');
  writeFileSync(join(dir, '.gitignore'), 'cache/\n');
  // A git checkout, as in CI: the sent files are tracked and clean.
  const g = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@pinship.invalid', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  g('init', '-q', '-b', 'main');
  g('add', '-A');
  g('commit', '-q', '-m', 'bench context');
  return { files: sentFiles };
}

function packRss(dir: string, fraction: number): { bytes: number; maxRssMB: number } {
  const out = spawnSync(process.execPath, [process.argv[1]!, 'pack', dir, String(fraction)], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as { bytes: number; maxRssMB: number };
}

/** openssl's single-core SHA-256 speed at 16 KB blocks, in MB/s (its "k" is 1000 bytes). */
function opensslSpeed(algorithm: 'sha256' | 'sha1'): number {
  const out = execFileSync('openssl', ['speed', '-evp', algorithm, '-bytes', '16384', '-seconds', '2'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = out.split('\n').find((l) => new RegExp(`^${algorithm}\\s`, 'i').test(l.trim()));
  const k = Number(/([\d.]+)k\s*$/.exec(line?.trim() ?? '')?.[1]);
  if (!k) throw new Error(`cannot read openssl speed output: ${out}`);
  return k / 1000;
}

async function cleanup(
  docker: Awaited<ReturnType<typeof connectEngine>>,
  image: string,
  registry: string,
  username: string,
  password: string,
): Promise<void> {
  for (const i of await docker.listImages({ filters: { reference: [image] } })) {
    await docker
      .getImage(i.Id)
      .remove({ force: true })
      .catch(() => undefined);
  }
  // The registry runs with delete enabled: remove every manifest this run pushed.
  const path = image.slice(registry.length + 1);
  const auth = { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
  const list = await fetch(`http://${registry}/v2/${path}/tags/list`, { headers: auth })
    .then((r) => r.json() as Promise<{ tags?: string[] }>)
    .catch(() => ({ tags: [] }));
  const digests = new Set<string>();
  for (const tag of list.tags ?? []) {
    const res = await fetch(`http://${registry}/v2/${path}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { ...auth, accept: MANIFEST_ACCEPT },
    });
    const d = res.headers.get('docker-content-digest');
    if (d) digests.add(d);
  }
  for (const d of digests)
    await fetch(`http://${registry}/v2/${path}/manifests/${d}`, { method: 'DELETE', headers: auth });
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - start) / 1000 };
}

function timedSync(fn: () => void): number {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

async function repeat<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function fmtS(seconds: number): string {
  return seconds < 1 ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(2)} s`;
}
