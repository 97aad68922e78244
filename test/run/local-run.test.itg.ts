import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/record/types.js';
import { runShards } from '../../src/run/local/run-shards.js';
import { testInfra } from '../support/infra.js';
import { containersOfRun, engine, expectValidRecord, pushedBaseImage, scratchFolders, untag } from './support.js';
import { MemoryLogger } from './support-log.js';

const MiB = 2 ** 20;
let docker: Docker;
let image: string;

beforeAll(async () => {
  docker = await engine();
  image = await pushedBaseImage(docker, 'run');
});

const folders = scratchFolders('pinship-run-');
const scratch = () => folders.make();
afterAll(async () => {
  folders.removeAll();
  await untag(docker, image);
});

/** Shard program: a result line, two output files; shard 5 eats memory; shard 2 fails its first attempt. */
const WORKLOAD = `
i=$JOB_COMPLETION_INDEX
echo "shard $i of $JOB_COMPLETION_COUNT"
echo "pinship:result {\\"index\\": $i, \\"square\\": $((i * i))}"
printf 'data %s\\n' "$i" > "$PINSHIP_OUTPUT_DIR/part-$i.txt"
mkdir -p "$PINSHIP_OUTPUT_DIR/sub" && echo nested > "$PINSHIP_OUTPUT_DIR/sub/n.txt"
if [ "$i" = 5 ]; then x=$(head -c 100000000 /dev/zero | tr '\\0' a); echo "never printed"; fi
if [ "$i" = 2 ] && [ ! -e "$PINSHIP_OUTPUT_DIR/attempted" ]; then
  touch "$PINSHIP_OUTPUT_DIR/attempted"; echo "first attempt fails on purpose" >&2; exit 7
fi
sleep 0.5
`;

describe('8 shards at parallelism 3 with limits', () => {
  let record: RunRecord;
  let outputDir: string;
  const log = new MemoryLogger();

  beforeAll(async () => {
    outputDir = scratch();
    ({ record } = await runShards({
      image,
      shards: 8,
      parallelism: 3,
      cpus: 0.5,
      memoryBytes: 32 * MiB,
      backoffLimit: 1,
      env: { SECRET_TOKEN: 'do-not-record-this-value' },
      args: ['sh', '-c', WORKLOAD],
      outputDir,
      log,
    }));
  });

  it('writes a record valid against the schema, and leaves no container behind', async () => {
    expectValidRecord(record);
    expect(JSON.parse(readFileSync(join(outputDir, 'run.json'), 'utf8'))).toEqual(record);
    expect(await containersOfRun(docker, record.id)).toEqual([]);
    expect(record.backend).toBe('local');
    expect(record.image.digest).toBe(image.split('@')[1]);
    expect(record.parameters).toMatchObject({
      shards: 8,
      parallelism: 3,
      cpus: 0.5,
      memoryBytes: 32 * MiB,
      backoffLimit: 1,
    });
  });

  it('never runs more than 3 shards at once (from the recorded start and end times)', () => {
    const spans = record.shards
      .flatMap((s) => s.attempts)
      .map((a) => [Date.parse(a.startedAt!), Date.parse(a.finishedAt!)] as const);
    let peak = 0;
    for (const [start] of spans) {
      peak = Math.max(peak, spans.filter(([s, e]) => s <= start && start < e).length);
    }
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThanOrEqual(2);
    expect(record.totals.maxConcurrent).toBe(peak);
  });

  it('parses one result per successful shard and lists every output file with its sha256', () => {
    for (const shard of record.shards.filter((s) => s.index !== 5)) {
      expect(shard.status).toBe('succeeded');
      expect(shard.results).toEqual([
        { attempt: shard.attempts.length, line: 2, value: { index: shard.index, square: shard.index ** 2 } },
      ]);
      const part = shard.outputs.find((f) => f.path === `part-${shard.index}.txt`)!;
      const bytes = readFileSync(join(outputDir, 'shards', String(shard.index), part.path));
      expect(part).toEqual({
        path: part.path,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      expect(shard.outputs.map((f) => f.path)).toContain('sub/n.txt');
    }
  });

  it('reports the shard over its memory limit as OOMKilled, with its log tail, and the others fine', () => {
    const oom = record.shards[5]!;
    expect(oom.status).toBe('failed');
    expect(oom.attempts.map((a) => [a.reason, a.exitCode])).toEqual([
      ['OOMKilled', 137],
      ['OOMKilled', 137],
    ]);
    expect(oom.attempts[0]!.logTail).toContain('shard 5 of 8');
    expect(record.totals).toMatchObject({ shards: 8, succeeded: 7, failed: 1 });
    expect(record.conclusion).toBe('failure');
    expect(log.groups.some((g) => g.startsWith('shard 5 attempt 1: OOMKilled'))).toBe(true);
  });

  it('retries the shard that fails once and keeps both attempts', () => {
    const shard = record.shards[2]!;
    expect(shard.status).toBe('succeeded');
    expect(shard.attempts.map((a) => [a.attempt, a.status, a.reason, a.exitCode])).toEqual([
      [1, 'failed', 'Error', 7],
      [2, 'succeeded', 'Completed', 0],
    ]);
    expect(shard.attempts[0]!.logTail).toContain('stderr: first attempt fails on purpose');
    expect(shard.outputs.map((f) => f.path)).toContain('attempted');
  });

  it('records env names but never their values', () => {
    expect(record.parameters.envNames).toEqual(['SECRET_TOKEN']);
    expect(JSON.stringify(record)).not.toContain('do-not-record-this-value');
  });

  it('samples resource usage against the limit and shows progress', () => {
    const sampled = record.shards
      .flatMap((s) => s.attempts)
      .filter((a) => a.resources && a.resources.summary.samples > 0);
    expect(sampled.length).toBeGreaterThan(0);
    for (const a of sampled) expect(a.resources!.summary.memoryLimitBytes).toBe(32 * MiB);
    expect(record.totals.cpuCoreSeconds).toBeGreaterThan(0);
    expect(log.progressLines.at(-1)).toMatch(/^shards 8\/8 done, 0 running, 1 failed, \d+\.\ds$/);
  });
});

describe('a run over its timeout', () => {
  it('stops every running shard as DeadlineExceeded and removes the containers', async () => {
    const started = Date.now();
    const { record } = await runShards({
      image,
      shards: 3,
      parallelism: 2,
      timeoutSeconds: 2,
      args: ['sleep', '30'],
      outputDir: scratch(),
      log: new MemoryLogger(),
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expectValidRecord(record);
    expect(record.conclusion).toBe('timed-out');
    expect(record.cancellation?.reason).toBe('timeout');
    expect(record.shards.map((s) => s.status)).toEqual(['timed-out', 'timed-out', 'not-started']);
    for (const shard of record.shards.slice(0, 2)) expect(shard.attempts[0]!.reason).toBe('DeadlineExceeded');
    expect(await containersOfRun(docker, record.id)).toEqual([]);
  });
});

describe('result lines that are not JSON objects', () => {
  it('are reported with their shard and line, and fail the run', async () => {
    const script =
      'echo "pinship:result {\\"ok\\": true}"; echo "pinship:result {oops"; echo "plain log"; echo ' +
      '"pinship:result [1]"';
    const { record } = await runShards({
      image,
      shards: 2,
      args: ['sh', '-c', script],
      outputDir: scratch(),
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('failure');
    for (const shard of record.shards) {
      expect(shard.status).toBe('succeeded');
      expect(shard.results).toEqual([{ attempt: 1, line: 1, value: { ok: true } }]);
      expect(shard.resultErrors.map((e) => [e.line, e.text])).toEqual([
        [2, 'pinship:result {oops'],
        [4, 'pinship:result [1]'],
      ]);
      expect(shard.resultErrors[0]!.message).toMatch(/^invalid JSON/);
      expect(shard.resultErrors[1]!.message).toBe('expected a JSON object, got an array');
    }
    expect(record.totals.resultErrors).toBe(4);
  });
});

describe('a program the engine cannot start', () => {
  it('is a StartError attempt, retried, and its containers are removed', async () => {
    const { record } = await runShards({
      image,
      backoffLimit: 1,
      args: ['/no/such/program'],
      outputDir: scratch(),
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('failure');
    expect(record.shards[0]!.attempts.map((a) => [a.status, a.reason, a.exitCode])).toEqual([
      ['failed', 'StartError', null],
      ['failed', 'StartError', null],
    ]);
    expect(record.shards[0]!.attempts[0]!.message).toMatch(/no such file or directory|not found/);
    expect(await containersOfRun(docker, record.id)).toEqual([]);
  });
});

describe('an abort mid-run', () => {
  it('stops and removes every container and records the cancellation', async () => {
    const log = new MemoryLogger();
    const controller = new AbortController();
    const running = runShards({
      image,
      shards: 4,
      parallelism: 2,
      args: ['sleep', '30'],
      outputDir: scratch(),
      log,
      signal: controller.signal,
    });
    await log.waitForProgress(/2 running/);
    controller.abort();
    const { record } = await running;
    expectValidRecord(record);
    expect(record.conclusion).toBe('cancelled');
    expect(record.shards.map((s) => s.status)).toEqual(['cancelled', 'cancelled', 'not-started', 'not-started']);
    expect(record.shards[0]!.attempts[0]!.reason).toBe('Cancelled');
    expect(await containersOfRun(docker, record.id)).toEqual([]);
  });
});

describe('image resolution', () => {
  it('resolves a tag to the digest the registry gave it', async () => {
    const [name, digest] = image.split('@') as [string, string];
    await docker.getImage(image).tag({ repo: name, tag: 'resolve-me' });
    const { record } = await runShards({
      image: `${name}:resolve-me`,
      args: ['true'],
      outputDir: scratch(),
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    expect(record.image).toMatchObject({ ref: `${name}:resolve-me`, digest, resolvedFrom: 'tag' });
    expect(record.conclusion).toBe('success');
  });

  it('records the image ID, and no digest, for an image that was never pushed', async () => {
    const { record } = await runShards({
      image: testInfra().baseImage,
      args: ['true'],
      outputDir: scratch(),
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    expect(record.image.digest).toBeNull();
    expect(record.image.resolvedFrom).toBe('local-image');
    expect(record.image.imageId).toMatch(/^sha256:/);
    expect(record.image.note).toMatch(/never pushed/);
  });

  it('pulls a pinned image missing from the engine, with the given credentials', async () => {
    const infra = testInfra();
    const pushed = await pushedBaseImage(docker, 'pull');
    const [name] = pushed.split('@') as [string];
    // Drop every reference to the repository so that only a pull can bring it back.
    await docker.getImage(`${name}:v1`).remove();
    await docker
      .getImage(pushed)
      .remove()
      .catch(() => {});
    await expect(docker.getImage(pushed).inspect()).rejects.toMatchObject({ statusCode: 404 });
    const log = new MemoryLogger();
    const { record } = await runShards({
      image: pushed,
      args: ['true'],
      username: infra.username,
      password: infra.password,
      outputDir: scratch(),
      log,
    });
    expect(log.lines.some((l) => l.startsWith(`pulling ${pushed} as ${infra.username}`))).toBe(true);
    expect(record.conclusion).toBe('success');
    expect(record.image.digest).toBe(pushed.split('@')[1]);
    await untag(docker, pushed);
  });
});
