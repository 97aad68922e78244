import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/record/types.js';
import { RUN_LABEL } from '../../src/run/local/attempt.js';
import { parseKeyValues } from '../../src/inputs/key-value.js';
import { runShards } from '../../src/run/local/run-shards.js';
import { containersOfRun, engine, expectValidRecord, pushedBaseImage, scratchFolders, untag } from './support.js';
import { MemoryLogger } from './support-log.js';
import { Nobody } from '../support/as-nobody.js';
import { bundled } from '../support/dist.js';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = bundled('cli/index.js');
let docker: Docker;
let image: string;
const folders = scratchFolders('pinship-run-edges-');

beforeAll(async () => {
  docker = await engine();
  image = await pushedBaseImage(docker, 'run-edges');
});
afterAll(async () => {
  folders.removeAll();
  await untag(docker, image);
});

describe('outputs the container wrote as root, listed by pinship running as another user', () => {
  it('records a 0600 file without its hash and a 0700 folder as unreadable, and the run still succeeds', () => {
    // As on a hosted runner: pinship runs as an unprivileged user in the docker group.
    const nobody = new Nobody('pinship-run-edges-nobody-');
    folders.adopt(nobody.scratch);
    const home = join(nobody.scratch, 'nobody');
    mkdirSync(home);
    chownSync(home, 65534, 65534);
    const script = [
      'echo open > "$PINSHIP_OUTPUT_DIR/open.txt"',
      'printf 12345 > "$PINSHIP_OUTPUT_DIR/root-only.bin" && chmod 600 "$PINSHIP_OUTPUT_DIR/root-only.bin"',
      'mkdir -m 700 "$PINSHIP_OUTPUT_DIR/private" && echo x > "$PINSHIP_OUTPUT_DIR/private/in.txt"',
    ].join('; ');
    const result = nobody.run(
      // --user 0: the shard runs as root (without capabilities) in a folder the runner cannot give it.
      [
        nobody.cli(),
        'run',
        '--local',
        image,
        '--user',
        '0',
        '--output-dir',
        join(home, 'out'),
        '--',
        'sh',
        '-c',
        script,
      ],
      {
        engine: true,
        cwd: home,
        env: { PATH: process.env.PATH, HOME: home },
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^success: 1\/1 shards succeeded, 2 output\(s\) unreadable in /m);
    const record = JSON.parse(readFileSync(join(home, 'out/run.json'), 'utf8')) as RunRecord;
    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    expect(record.shards[0]!.outputs).toEqual([
      { path: 'open.txt', size: 5, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { path: 'private', kind: 'directory', size: 0, sha256: null, unreadable: 'permission denied' },
      { path: 'root-only.bin', size: 5, sha256: null, unreadable: 'permission denied' },
    ]);
    expect(record.totals).toMatchObject({ outputFiles: 2, outputBytes: 10, unreadableOutputs: 2 });
  });
});

describe('outputs too big to hash before the run stops', () => {
  // 100 GB, sparse (no disk): hashing it whole takes minutes, past the 60 s these tests allow.
  const bigFile = 'dd if=/dev/zero of="$PINSHIP_OUTPUT_DIR/big.bin" bs=1 count=1 seek=99999999999 2>/dev/null';
  const notHashed = (why: string) => ({
    path: 'big.bin',
    size: 100_000_000_000,
    sha256: null,
    unreadable: `not hashed: ${why}`,
    notHashed: true,
  });

  it('are listed without a hash once the timeout passes mid-hash, and the run ends timed out', {
    timeout: 60_000,
  }, async () => {
    const log = new MemoryLogger();
    const { record } = await runShards({
      image,
      timeoutSeconds: 3,
      args: ['sh', '-c', bigFile],
      outputDir: folders.make(),
      log,
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('timed-out');
    expect(record.cancellation?.reason).toBe('timeout');
    expect(record.shards[0]!.outputs).toEqual([notHashed('the run timed out')]);
    expect(record.totals).toMatchObject({ outputFiles: 1, unreadableOutputs: 0, notHashedOutputs: 1 });
    expect(await containersOfRun(docker, record.id)).toEqual([]);
  });

  it('are listed without a hash after a stop, and the run ends cancelled', { timeout: 60_000 }, async () => {
    const log = new MemoryLogger();
    const controller = new AbortController();
    const outputDir = folders.make();
    const running = runShards({
      image,
      args: ['sh', '-c', `${bigFile}; sleep 30`],
      outputDir,
      log,
      signal: controller.signal,
    });
    await log.waitForProgress(/1 running/);
    while (!existsSync(join(outputDir, 'shards/0/big.bin'))) await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    const { record } = await running;
    expectValidRecord(record);
    expect(record.conclusion).toBe('cancelled');
    expect(record.shards[0]!.status).toBe('cancelled');
    expect(record.shards[0]!.outputs).toEqual([notHashed('the run was stopped')]);
  });
});

describe('a record path that cannot be written', () => {
  it('fails before any shard runs, naming out, when it is a directory or in a folder that takes no file', async () => {
    const outputDir = folders.make();
    for (const [out, why] of [
      [outputDir, `cannot write the run record to ${outputDir}: ${outputDir} is a directory`],
      ['/proc/pinship.json', 'cannot write the run record to /proc/pinship.json: '],
    ] as const) {
      const log = new MemoryLogger();
      const err = await runShards({ image, args: ['true'], outputDir, out, log }).catch((e: unknown) => e as Error);
      expect((err as Error & { format(): string }).format()).toContain(`out: ${why}`);
      expect(log.groups).toEqual([]);
    }
    const mine = (await docker.listContainers({ all: true, filters: { label: [RUN_LABEL] } })).filter((c) =>
      c.Mounts.some((m) => m.Source.startsWith(outputDir)),
    );
    expect(mine).toEqual([]);
  });
});

describe('a shard killed by a signal', () => {
  it('names the signal in the attempt message', async () => {
    const outputDir = folders.make();
    const log = new MemoryLogger();
    const run = runShards({ image, args: ['sleep', '60'], outputDir, log });
    await log.waitForProgress(/1 running/);
    // Found by its bind mount: the run id is only known once the run returns.
    const [mine] = (await docker.listContainers({ filters: { label: [RUN_LABEL] } })).filter((c) =>
      c.Mounts.some((m) => m.Source.startsWith(outputDir)),
    );
    await docker.getContainer(mine!.Id).kill({ signal: 'SIGKILL' });
    const { record } = await run;
    expectValidRecord(record);
    expect(record.shards[0]!.attempts[0]).toMatchObject({
      status: 'failed',
      reason: 'Error',
      exitCode: 137,
      message: 'killed by signal 9 (SIGKILL)',
    });
    expect(log.groups).toEqual(['shard 0 attempt 1: Error, exit 137 (killed by signal 9 (SIGKILL))']);
    expect(await containersOfRun(docker, record.id)).toEqual([]);
  });
});

describe('secret env values printed by the program', () => {
  it('never reach the record: results, invalid result lines and multi-line values in the log tail', async () => {
    const env = { API_TOKEN: 'tok-9f8e7d', PEM: '-----BEGIN KEY-----\nMIIEvQIBADANBg\n-----END KEY-----' };
    const script = [
      'echo "pinship:result {\\"token\\": \\"$API_TOKEN\\", \\"$API_TOKEN\\": [\\"x $API_TOKEN\\"]}"',
      'echo "pinship:result {\\"token\\": $API_TOKEN}"',
      'echo "$PEM"',
      'exit 3',
    ].join('; ');
    const { record, recordPath } = await runShards({
      image,
      env,
      args: ['sh', '-c', script],
      outputDir: folders.make(),
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    const text = readFileSync(recordPath, 'utf8');
    for (const secret of [env.API_TOKEN, 'BEGIN KEY', 'MIIEvQIBADANBg']) expect(text).not.toContain(secret);
    const [shard] = record.shards;
    expect(shard!.results[0]!.value).toEqual({ token: '***', '***': ['x ***'] });
    expect(shard!.resultErrors[0]!.text).toBe('pinship:result {"token": ***}');
    expect(shard!.attempts[0]!.logTail.slice(-3)).toEqual(['***', '***', '***']);
  });
});

describe('the progress line on a terminal', () => {
  it('keeps its clock moving while nothing changes, and the CLI exits when the run ends', () => {
    // `script` gives the CLI a pseudo-terminal, so its ConsoleLogger rewrites one line in place.
    const command = [NODE, CLI, 'run', '--local', image, '--output-dir', folders.make(), '--', 'sleep', '3']
      .map((a) => `'${a}'`)
      .join(' ');
    const result = spawnSync('script', ['-qefc', command, '/dev/null'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(result.status, result.stdout).toBe(0);
    const running = new Set(
      result.stdout.split(/\r\x1b\[2K|\r?\n/).filter((l) => l.startsWith('shards 0/1 done, 1 running')),
    );
    expect(running.size).toBeGreaterThanOrEqual(2);
    expect(result.stdout).toMatch(/success: 1\/1 shards succeeded/);
  });
});

describe('a timeout longer than the longest timer (24.8 days)', () => {
  it('does not stop the run at once', async () => {
    const { record } = await runShards({
      image,
      timeoutSeconds: 30 * 24 * 3600,
      args: ['sh', '-c', 'sleep 1; echo "pinship:result {\\"done\\": true}"'],
      outputDir: folders.make(),
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    expect(record.cancellation).toBeNull();
    expect(record.conclusion).toBe('success');
    expect(record.parameters.timeoutSeconds).toBe(30 * 24 * 3600);
  });
});

describe('env names that Object.prototype also has', () => {
  it('reach the shard like any other name', async () => {
    const env = parseKeyValues(['toString=ts-value', '__proto__=proto-value', 'constructor=ctor-value'], 'env');
    const names = { a: 'toString', b: '__proto__', c: 'constructor' };
    const values = Object.entries(names).map(([key, name]) => `\\"${key}\\": \\"$${name}\\"`);
    const script = `echo "pinship:result {${values.join(', ')}}"`;
    const outputDir = folders.make();
    const { record } = await runShards({ image, env, args: ['sh', '-c', script], outputDir, log: new MemoryLogger() });
    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    expect(record.parameters.envNames).toEqual(['__proto__', 'constructor', 'toString']);
    // Every env value is a secret, masked in results: the masks prove each value arrived.
    expect(record.shards[0]!.results[0]!.value).toEqual({ a: '***', b: '***', c: '***' });
  });
});
