import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runShards } from '../../src/run/local/run-shards.js';
import { containersOfRun, engine, expectValidRecord, pushedBaseImage, scratchFolders, untag } from './support.js';
import { MemoryLogger } from './support-log.js';

let docker: Docker;
let image: string;
const folders = scratchFolders('pinship-run-confined-');

beforeAll(async () => {
  docker = await engine();
  image = await pushedBaseImage(docker, 'run-confined');
});
afterAll(async () => {
  folders.removeAll();
  await untag(docker, image);
});

/** Shard 0 is a fork bomb; shard 1 reports what it may do, as a result line. */
const SCRIPT = [
  'if [ "$JOB_COMPLETION_INDEX" = 0 ]; then bomb() { bomb | bomb & }; bomb; sleep 600; fi',
  'caps=$(sed -n "s/^CapEff:[[:space:]]*//p" /proc/self/status)',
  'nnp=$(sed -n "s/^NoNewPrivs:[[:space:]]*//p" /proc/self/status)',
  'pids=$(cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids.max)',
  'uid=$(id -u)',
  'printf \'pinship:result {"caps": "%s", "nnp": "%s", "pids": "%s", "uid": "%s"}\\n\' "$caps" "$nnp" "$pids" "$uid"',
].join('\n');

describe('local shards are confined', () => {
  it('a fork bomb ends its shard at the timeout, not the runner; shards hold no capability', async () => {
    const outputDir = folders.make();
    const { record } = await runShards({
      image,
      shards: 2,
      args: ['sh', '-c', SCRIPT],
      pidsLimit: 64,
      timeoutSeconds: 20,
      outputDir,
      log: new MemoryLogger(),
    });
    expectValidRecord(record);
    const [bomb, plain] = record.shards;
    expect(bomb!.status).toBe('timed-out');
    expect(plain!.status).toBe('succeeded');
    expect(plain!.results[0]!.value).toEqual({
      caps: '0000000000000000',
      nnp: '1',
      pids: '64',
      uid: String(process.getuid!()),
    });
    // The runner still starts processes, and nothing of the run is left.
    expect(spawnSync('true').status).toBe(0);
    expect(await containersOfRun(docker, record.id)).toEqual([]);
    expect(statSync(join(outputDir, 'shards', '0')).mode & 0o777).toBe(0o755);
  });
});
