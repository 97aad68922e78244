import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RESULT_ERRORS } from '../../src/run/result-lines.js';
import { runShards } from '../../src/run/local/run-shards.js';
import { RUN_LABEL } from '../../src/run/local/attempt.js';
import { containersOfRun, engine, expectValidRecord, pushedBaseImage, scratchFolders, untag } from './support.js';
import { MemoryLogger } from './support-log.js';

let docker: Docker;
let image: string;
const folders = scratchFolders('pinship-run-logs-');

beforeAll(async () => {
  docker = await engine();
  image = await pushedBaseImage(docker, 'run-logs');
});
afterAll(async () => {
  folders.removeAll();
  await untag(docker, image);
});

describe('shards that print many lines at once', () => {
  it('keeps every result line of every shard, all running together', async () => {
    const lines = 20_000;
    const script = `seq 1 ${lines} | awk '{ print "pinship:result {\\"k\\": " $1 "}" }'`;
    const { record } = await runShards({
      image,
      shards: 8,
      parallelism: 8,
      args: ['sh', '-c', script],
      outputDir: folders.make(),
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    expect(record.conclusion).toBe('success');
    for (const shard of record.shards) {
      expect(shard.attempts[0]!.logLines).toBe(lines);
      expect(shard.results).toHaveLength(lines);
      expect(shard.results.at(-1)).toEqual({ attempt: 1, line: lines, value: { k: lines } });
    }
    expect(record.totals.results).toBe(8 * lines);
    expect(await containersOfRun(docker, record.id)).toEqual([]);
  });
});

describe('a shard that floods stdout with invalid result lines', () => {
  it('keeps the first of them, counts them all, and the record stays small', async () => {
    const script = `seq 1 20000 | awk '{ print "pinship:result {bad " $1 }'; echo 'pinship:result {"ok": true}'`;
    const outputDir = folders.make();
    const { record, recordPath } = await runShards({
      image,
      args: ['sh', '-c', script],
      outputDir,
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    const [shard] = record.shards;
    expect(record.conclusion).toBe('failure');
    expect(shard!.resultErrors).toHaveLength(MAX_RESULT_ERRORS);
    expect(shard!.attempts[0]!.resultErrorCount).toBe(20_000);
    expect(record.totals.resultErrors).toBe(20_000);
    expect(shard!.results).toEqual([{ attempt: 1, line: 20_001, value: { ok: true } }]);
    expect(statSync(recordPath).size).toBeLessThan(100_000);
  });
});

describe('a CPU limit above what the engine has', () => {
  it('is refused before any container or record, naming the field', async () => {
    const { NCPU } = (await docker.info()) as { NCPU: number };
    const outputDir = folders.make();
    const before = await docker.listContainers({ all: true, filters: { label: [RUN_LABEL] } });
    await expect(
      runShards({ image, shards: 2, cpus: NCPU + 1, args: ['true'], outputDir, log: new MemoryLogger() }),
    ).rejects.toThrow(`cpus: ${NCPU + 1} is more than the ${NCPU} CPUs of the engine`);
    expect(existsSync(join(outputDir, 'run.json'))).toBe(false);
    const after = await docker.listContainers({ all: true, filters: { label: [RUN_LABEL] } });
    expect(after.map((c) => c.Id).filter((id) => !before.some((b) => b.Id === id))).toEqual([]);
  });
});
