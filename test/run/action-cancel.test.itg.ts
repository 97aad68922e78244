import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/record/types.js';
import { runBundledAction, startBundledAction } from '../support/actions-runner.js';
import { containersOfRun, engine, expectValidRecord, pushedBaseImage, scratchFolders, untag } from './support.js';

let docker: Docker;
let image: string;
const folders = scratchFolders('pinship-run-cancel-');

beforeAll(async () => {
  docker = await engine();
  image = await pushedBaseImage(docker, 'run-cancel');
});
afterAll(async () => {
  folders.removeAll();
  await untag(docker, image);
});

const inputs = (out: string) => ({ image, shards: '3', parallelism: '2', args: 'sleep\n30', out });

describe('a cancelled workflow (SIGINT, then SIGTERM while the action stops)', () => {
  it('stops and removes every container, writes the record with its cancellation, and fails the step', async () => {
    const dir = folders.make();
    const action = startBundledAction('run', inputs('run.json'), { cwd: dir });
    await action.waitForStdout(/2 running/);
    action.child.kill('SIGINT');
    // The runner sends SIGTERM 7.5 s after SIGINT; sent sooner here, it lands while shards stop (2 s grace).
    await new Promise((resolve) => setTimeout(resolve, 300));
    action.child.kill('SIGTERM');
    const run = await action.exited;
    expect(run.signal, run.stdout).toBeNull();
    expect(run.status).toBe(1);
    const record = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunRecord;
    expectValidRecord(record);
    expect(record.conclusion).toBe('cancelled');
    expect(record.cancellation?.reason).toBe('signal');
    expect(run.outputs.conclusion).toBe('cancelled');
    expect(run.state['run-id']).toBe(record.id);
    expect(await containersOfRun(docker, record.id)).toEqual([]);
    expect(run.stdout).toMatch(/^::error::the run concluded cancelled/m);
  });
});

describe("the run action's post step", () => {
  it('removes the containers of a main step that was killed (SIGKILL) before its cleanup', async () => {
    const action = startBundledAction('run', inputs('run.json'), { cwd: folders.make() });
    await action.waitForStdout(/2 running/);
    action.child.kill('SIGKILL');
    const run = await action.exited;
    const runId = run.state['run-id']!;
    expect(runId).toMatch(/^\d{8}-\d{6}-[0-9a-f]{6}$/);
    expect((await containersOfRun(docker, runId)).length).toBeGreaterThan(0);

    const post = runBundledAction('run-post', {}, { env: { 'STATE_run-id': runId } });
    expect(post.status, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toMatch(/removed [12] container\(s\) left by run/);
    expect(await containersOfRun(docker, runId)).toEqual([]);
  });

  it('does nothing when the main step never started a run', () => {
    const post = runBundledAction('run-post', {});
    expect(post.status, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain('no run was started: nothing to clean up');
  });
});
