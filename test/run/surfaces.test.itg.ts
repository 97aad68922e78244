import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/record/types.js';
import { testInfra } from '../support/infra.js';
import { containersOfRun, engine, expectValidRecord, pushedBaseImage, scratchFolders, untag } from './support.js';
import { bundled } from '../support/dist.js';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
let docker: Docker;
let image: string;

beforeAll(async () => {
  docker = await engine();
  image = await pushedBaseImage(docker, 'surfaces');
});

const folders = scratchFolders('pinship-run-surface-');
const scratch = () => folders.make();
afterAll(async () => {
  folders.removeAll();
  await untag(docker, image);
});

/** The key=value lines @actions/core writes to GITHUB_OUTPUT (heredoc form: name<<delim). */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    while (lines[++i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

describe('the bundled run action, as the runner runs it', () => {
  it('runs the shards, sets conclusion and record, and writes a summary table', () => {
    const dir = scratch();
    const output = join(dir, 'output');
    const summary = join(dir, 'summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const result = spawnSync(NODE, [bundled('run/index.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_SHA: 'a'.repeat(40),
        INPUT_IMAGE: image,
        INPUT_SHARDS: '3',
        INPUT_PARALLELISM: '2',
        INPUT_CPUS: '500m',
        INPUT_MEMORY: '64Mi',
        'INPUT_BACKOFF-LIMIT': '0',
        INPUT_TIMEOUT: '1m',
        INPUT_ENV: 'GREETING=hello\nAPI_TOKEN=tok-secret-123',
        INPUT_ARGS:
          'sh\n-c\n' +
          'echo "pinship:result {\\"greeting\\": \\"$GREETING\\", \\"i\\": $JOB_COMPLETION_INDEX}"; echo $API_TOKEN',
        INPUT_OUT: 'records/run.json',
      },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('::add-mask::tok-secret-123');
    const outputs = readOutputs(output);
    expect(outputs.conclusion).toBe('success');
    expect(outputs.record).toBe(join(dir, 'records/run.json'));
    const record = JSON.parse(readFileSync(outputs.record!, 'utf8')) as RunRecord;
    expectValidRecord(record);
    expect(record.source).toEqual({ commit: 'a'.repeat(40), from: 'GITHUB_SHA' });
    expect(record.parameters).toMatchObject({
      cpus: 0.5,
      memoryBytes: 64 * 2 ** 20,
      timeoutSeconds: 60,
      envNames: ['API_TOKEN', 'GREETING'],
    });
    // Every --env value is a secret, also inside results.
    expect(record.shards.map((s) => s.results[0]?.value)).toEqual([0, 1, 2].map((i) => ({ greeting: '***', i })));
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('<th>Shard</th>');
    expect(table).toContain('<td>Completed</td>');
    expect(table).toContain(`pinship run ${record.id}`);
  });

  it('fails the step when a shard fails, still writing the record and outputs', async () => {
    const dir = scratch();
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const result = spawnSync(NODE, [bundled('run/index.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_OUTPUT: output,
        INPUT_IMAGE: image,
        INPUT_SHARDS: '2',
        INPUT_ENV: 'API_TOKEN=tok-secret-456',
        INPUT_ARGS: 'sh\n-c\necho "token $API_TOKEN"; echo oops >&2; exit $((JOB_COMPLETION_INDEX * 3))',
      },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/::group::shard 1 attempt 1: Error, exit 3/);
    expect(result.stdout).toContain('stderr: oops');
    expect(result.stdout).toContain('token ***');
    expect(result.stdout).toMatch(/::error::the run concluded failure: failure: 1\/2 shards succeeded/);
    const outputs = readOutputs(output);
    expect(outputs.conclusion).toBe('failure');
    const text = readFileSync(outputs.record!, 'utf8');
    expect(text).not.toContain('tok-secret-456');
    const record = JSON.parse(text) as RunRecord;
    expectValidRecord(record);
    // stdout and stderr are separate pipes: their interleaving is as the engine delivered it.
    expect(record.shards[1]!.attempts[0]!.logTail.sort()).toEqual(['stderr: oops', 'token ***']);
    expect(await containersOfRun(docker, record.id)).toEqual([]);
  });

  it("relays a failed shard's workflow-command lines as plain text, never as commands", async () => {
    const dir = scratch();
    const result = spawnSync(NODE, [bundled('run/index.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        INPUT_IMAGE: image,
        INPUT_ARGS: 'sh\n-c\necho "::error file=x.py::forged"; echo "::add-mask::token"; exit 1',
      },
    });
    expect(result.status).toBe(1);
    expectInert(result.stdout, '::error file=x.py::forged');
  });

  it('relays the legacy ##[command] form as plain text too', () => {
    const result = spawnSync(NODE, [bundled('run/index.js')], {
      cwd: scratch(),
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        INPUT_IMAGE: image,
        INPUT_ARGS: 'sh\n-c\necho "##[error]forged"; echo "text ##[add-mask]shard"; exit 1',
      },
    });
    expect(result.status).toBe(1);
    expectInert(result.stdout, '##[error]forged');
    expectInert(result.stdout, 'text ##[add-mask]shard');
  });
});

/** The line is in `output`, inside a `::stop-commands::<token>` ... `::<token>::` window. */
function expectInert(output: string, line: string): void {
  const lines = output.split('\n');
  const forged = lines.indexOf(line);
  expect(forged).toBeGreaterThan(-1);
  // The nearest stop-commands before the forged line must still be open at it.
  const stops = lines
    .slice(0, forged)
    .map((l, i) => [i, /^::stop-commands::(\w+)$/.exec(l)?.[1]] as const)
    .filter(([, t]) => t);
  expect(stops.length).toBeGreaterThan(0);
  const [at, token] = stops.at(-1)!;
  expect(lines.slice(at, forged)).not.toContain(`::${token}::`);
  expect(lines.slice(forged)).toContain(`::${token}::`);
}

describe('the bundled CLI', () => {
  const cli = bundled('cli/index.js');

  it('rejects a bad memory size with one line naming the flag', () => {
    const result = spawnSync(NODE, [cli, 'run', '--local', image, '--memory', '12x'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^pinship run: error: --memory: expected a memory size/);
  });

  it("makes a failed shard's workflow commands inert on stderr in a GitHub Actions step", () => {
    const script = 'echo "::add-mask::pinship"; echo "##[error]forged"; exit 3';
    const result = spawnSync(
      NODE,
      [cli, 'run', '--local', image, '--output-dir', scratch(), '--', 'sh', '-c', script],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true' },
      },
    );
    expect(result.status).toBe(1);
    expectInert(result.stderr, '::add-mask::pinship');
    expectInert(result.stderr, '##[error]forged');
  });

  it('prints the record with --json and exits 0 on success', () => {
    const dir = scratch();
    const result = spawnSync(
      NODE,
      [
        cli,
        'run',
        '--local',
        image,
        '--shards',
        '2',
        '--json',
        '--out',
        join(dir, 'r.json'),
        '--',
        'sh',
        '-c',
        'echo pinship:result {\\"n\\":1}',
      ],
      {
        encoding: 'utf8',
        cwd: dir,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const record = JSON.parse(result.stdout) as RunRecord;
    expectValidRecord(record);
    expect(record.totals.results).toBe(2);
    expect(result.stderr).toContain(`run record: ${join(dir, 'r.json')}`);
  });

  it('pulls a pinned image it lacks with --username and --password-stdin, never echoing the password', async () => {
    const infra = testInfra();
    const pushed = await pushedBaseImage(docker, 'cli-pull');
    const [name] = pushed.split('@') as [string];
    await docker.getImage(`${name}:v1`).remove();
    await docker
      .getImage(pushed)
      .remove()
      .catch(() => {});
    const dir = scratch();
    const result = spawnSync(
      NODE,
      [
        cli,
        'run',
        '--local',
        pushed,
        '--username',
        infra.username,
        '--password-stdin',
        '--out',
        join(dir, 'r.json'),
        '--',
        'true',
      ],
      {
        encoding: 'utf8',
        cwd: dir,
        input: `${infra.password}\n`,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`pulling ${pushed} as ${infra.username}`);
    expect(result.stderr).not.toContain(infra.password);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).not.toContain(infra.password);
    await untag(docker, pushed);
  });

  it('stops and removes every container on Ctrl-C and exits non-zero', async () => {
    const dir = scratch();
    const child = spawn(
      NODE,
      [
        cli,
        'run',
        '--local',
        image,
        '--shards',
        '3',
        '--parallelism',
        '2',
        '--out',
        join(dir, 'run.json'),
        '--',
        'sleep',
        '30',
      ],
      {
        cwd: dir,
      },
    );
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/2 running/.test(stderr)) resolve();
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    const record = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunRecord;
    expectValidRecord(record);
    expect(record.conclusion).toBe('cancelled');
    expect(record.cancellation?.reason).toBe('signal');
    expect(await containersOfRun(docker, record.id)).toEqual([]);
  });
});
