import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runShards } from '../../src/run/local/run-shards.js';
import { testInfra } from '../support/infra.js';
import { loggingDriver, startSecondEngine, type SecondEngine } from '../support/second-engine.js';
import { containersOfRun, expectValidRecord, scratchFolders } from './support.js';
import { MemoryLogger } from './support-log.js';

// Results are read from the shard's log once it exited; the engine's own log settings (a daemon
// configured with rotation, or with a driver that cannot be read back) must not change them.
const LINES = 3000;
const script = `seq 1 ${LINES} | awk '{ print "pinship:result {\\"k\\": " $1 "}" }'`;
const folders = scratchFolders('pinship-run-logs-');
let unreadable: SecondEngine;
let rotating: SecondEngine;

beforeAll(async () => {
  const { baseImage } = testInfra();
  [unreadable, rotating] = await Promise.all([
    startSecondEngine({ args: ['--log-driver', 'none'], images: [baseImage] }),
    // 3000 result lines are ~100 KB of json-file: rotated at 1 KiB with two files kept (compressed),
    // all but the last few lines are gone.
    startSecondEngine({
      args: [
        '--log-driver',
        'json-file',
        '--log-opt',
        'max-size=1k',
        '--log-opt',
        'max-file=2',
        '--log-opt',
        'compress=true',
      ],
      images: [baseImage],
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([unreadable?.stop(), rotating?.stop()]);
  folders.removeAll();
});

async function runOn(engine: SecondEngine) {
  const { record } = await runShards({
    image: testInfra().baseImage,
    shards: 2,
    args: ['sh', '-c', script],
    outputDir: folders.make(),
    log: new MemoryLogger(),
    processEnv: { DOCKER_HOST: engine.host },
  });
  expectValidRecord(record);
  return record;
}

async function expectEveryResult(docker: Docker, engine: SecondEngine): Promise<void> {
  const record = await runOn(engine);
  expect(record.shards.map((s) => s.attempts[0]!.message)).toEqual([null, null]);
  expect(record.conclusion).toBe('success');
  for (const shard of record.shards) {
    expect(shard.results).toHaveLength(LINES);
    expect(shard.results.at(-1)).toEqual({ attempt: 1, line: LINES, value: { k: LINES } });
  }
  expect(await containersOfRun(docker, record.id)).toEqual([]);
}

describe('an engine whose default log driver cannot be read back (--log-driver none)', () => {
  it('still yields every result line of every shard', async () => {
    expect(await loggingDriver(unreadable.docker)).toBe('none');
    await expectEveryResult(unreadable.docker, unreadable);
  });
});

describe('an engine that rotates container logs (--log-opt max-size=1k, max-file=2, compress=true)', () => {
  it('still yields every result line of every shard', async () => {
    expect(await loggingDriver(rotating.docker)).toBe('json-file');
    await expectEveryResult(rotating.docker, rotating);
  });
});
