import { afterEach, describe, expect, it } from 'vitest';
import { readFlags } from '../../src/cli/args.js';
import { readInputs } from '../../src/inputs/action-options.js';
import { buildSchema } from '../../src/options/build.js';
import { pinSchema } from '../../src/options/pin.js';
import { reportSchema } from '../../src/options/report.js';
import { runSchema } from '../../src/options/run.js';

const omit = <T extends object>(o: T, ...keys: (keyof T)[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as keyof T)));

const REF = `127.0.0.1:5000/team/compute@sha256:${'b'.repeat(64)}`;

// @actions/core reads inputs from INPUT_<NAME> env, as the runner sets them (dashes kept).
function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}
afterEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
});

describe('the CLI flags and the action inputs of a verb', () => {
  it('build: give the same typed options', () => {
    const cli = readFlags(buildSchema, [
      '--image=reg/app',
      '--tag',
      'v1',
      '--tag',
      'edge,beta',
      '--build-arg',
      'A=1=2',
      '--label',
      'team=x',
      '--builder',
      'classic',
      '--push',
    ]).values;
    setInputs({ image: 'reg/app', tags: 'v1\nedge, beta', 'build-args': '# pinned\r\nA=1=2\r\n', labels: 'team=x' });
    setInputs({ builder: 'classic', push: 'true' });
    expect(readInputs(buildSchema).values).toEqual(cli);
    expect(cli).toMatchObject({ tags: ['v1', 'edge', 'beta'], buildArgs: { A: '1=2' }, context: '.', push: true });
    // Pushing is the action's default (action.yml), not the CLI's.
    delete process.env.INPUT_PUSH;
    expect(readInputs(buildSchema).values.push).toBe(true);
    expect(readFlags(buildSchema, ['--image=reg/app']).values.push).toBe(false);
  });

  it('run: give the same typed options, quantities converted', () => {
    const cli = readFlags(runSchema, ['--shards', '8', '--cpus', '500m', '--memory', '64Mi', '--timeout', '5m']).values;
    setInputs({ shards: '8', cpus: '500m', memory: '64Mi', timeout: '5m' });
    expect(readInputs(runSchema).values).toEqual(cli);
    expect(cli).toMatchObject({ shards: 8, cpus: 0.5, memoryBytes: 64 * 2 ** 20, timeoutSeconds: 300, pidsLimit: 512 });
  });

  it("run: the action's args are its lines as given (an argument may start with #); env drops # lines", () => {
    setInputs({ image: 'app@sha256:x', args: '--seed\n#1\n', env: '# the seed\nSEED=1\n' });
    const { values } = readInputs(runSchema);
    expect(values.args).toEqual(['--seed', '#1']);
    expect({ ...values.env }).toEqual({ SEED: '1' });
  });

  it('pin: give the same typed options; --no-job-roll is job-roll: false', () => {
    const cli = readFlags(pinSchema, ['--overlay', 'a,b', '--image', `compute=${REF}`, '--no-job-roll']).values;
    setInputs({ overlays: 'a\nb', images: `compute=${REF}`, 'job-roll': 'false' });
    // The action's own defaults (action.yml): the workspace, and the Actions bot as the author.
    const { repo, author, ...action } = readInputs(pinSchema).values;
    expect(action).toEqual(omit(cli, 'repo', 'author'));
    expect({ repo, author }).toEqual({
      repo: '.',
      author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    });
    expect(cli).toMatchObject({ overlays: ['a', 'b'], rollJobs: false, verifyDigests: true, maxAttempts: 10 });
  });

  it('report: give the same typed options; --no-check is check: false', () => {
    const cli = readFlags(reportSchema, [
      '--run',
      'r.json',
      '--metric',
      'loss:lower',
      '--threshold',
      '2.5%',
      '--no-check',
    ]).values;
    setInputs({ run: 'r.json', metrics: 'loss:lower', threshold: '2.5%', check: 'no' });
    expect(readInputs(reportSchema).values).toEqual(cli);
    expect(cli).toMatchObject({ metrics: [{ key: 'loss', better: 'lower' }], thresholdPct: 2.5, check: false });
  });

  it('name the flag or the input in an error', () => {
    expect(() => readFlags(runSchema, ['--shards', '0'])).toThrow('--shards: expected a whole number of at least 1');
    setInputs({ shards: '0' });
    expect(() => readInputs(runSchema)).toThrow(/^shards: expected a whole number of at least 1/);
    expect(() => readFlags(buildSchema, ['--image', 'a', '--builder', 'kaniko'])).toThrow(
      '--builder: expected buildkit or classic, got "kaniko"',
    );
    expect(() => readFlags(buildSchema, [])).toThrow('--image is required');
    expect(() => readInputs(buildSchema)).toThrow('image: this input is required and was not given');
  });
});
