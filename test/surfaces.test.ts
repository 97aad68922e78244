import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { bundled } from './support/dist.js';

const ROOT = resolve(import.meta.dirname, '..');

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string; post?: string };
}

const actionFiles = [
  'action.yml',
  ...readdirSync(join(ROOT, 'actions')).map((verb) => join('actions', verb, 'action.yml')),
];

function readAction(file: string): ActionMetadata {
  return YAML.parse(readFileSync(join(ROOT, file), 'utf8')) as ActionMetadata;
}

/** The input names an entry reads through @actions/core's get*Input('name'), getBooleanInputOr or getLinesInput. */
function inputsReadBy(entry: string): Set<string> {
  const source = readFileSync(join(ROOT, entry), 'utf8');
  return new Set([...source.matchAll(/get(?:Boolean|Multiline|Lines)?Input(?:Or)?\(\s*'([^']+)'/g)].map((m) => m[1]!));
}

describe.each(actionFiles)('%s', (file) => {
  const action = readAction(file);

  it('runs on node24 from a bundled entry that exists', () => {
    expect(action.runs?.using).toBe('node24');
    const main = resolve(ROOT, dirname(file), action.runs?.main ?? '');
    expect(main.startsWith(join(ROOT, 'dist'))).toBe(true);
    expect(existsSync(main)).toBe(true);
    if (action.runs?.post) expect(existsSync(resolve(ROOT, dirname(file), action.runs.post))).toBe(true);
  });

  it('describes itself, every input and every output', () => {
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    for (const [name, spec] of Object.entries({ ...action.inputs, ...action.outputs })) {
      expect(spec?.description, `${name} has no description`).toBeTruthy();
    }
  });

  it('declares exactly the inputs its entry reads', () => {
    const main = action.runs?.main ?? '';
    const verb = main.match(/dist\/([^/]+)\/index\.js$/)?.[1];
    expect(verb).toBeTruthy();
    // An entry may read its inputs in one module beside it (`<verb>-inputs.ts`).
    const beside = join('src', 'action', `${verb}-inputs.ts`);
    const read = new Set([
      ...inputsReadBy(join('src', 'action', `${verb}.ts`)),
      ...(existsSync(join(ROOT, beside)) ? inputsReadBy(beside) : []),
    ]);
    expect([...read].sort()).toEqual(Object.keys(action.inputs ?? {}).sort());
  });
});

describe('the bundled CLI', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [bundled('cli/index.js'), ...args], { encoding: 'utf8' });

  it('lists every verb in --help and exits 0', () => {
    const out = cli('--help');
    expect(out.status).toBe(0);
    for (const verb of ['build', 'pin', 'run', 'report']) expect(out.stdout).toMatch(new RegExp(`^  ${verb} `, 'm'));
  });

  it('rejects an unknown command with one line on stderr and exit 2', () => {
    const out = cli('deploy');
    expect(out.status).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('unknown command "deploy"');
  });

  it('prints usage and exits 2 when no command is given', () => {
    const out = cli();
    expect(out.status).toBe(2);
    expect(out.stdout).toContain('Usage: pinship <command>');
  });
});

interface WorkflowFile {
  on?: { workflow_call?: { inputs?: Record<string, unknown> } };
  jobs?: Record<
    string,
    { steps?: { uses?: string; with?: Record<string, unknown> }[]; uses?: string; with?: object; secrets?: unknown }
  >;
}

const workflowFiles = ['.github/workflows', 'workflows'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(dir, f)),
);
const readWorkflow = (file: string) => YAML.parse(readFileSync(join(ROOT, file), 'utf8')) as WorkflowFile;
const reusable = workflowFiles.filter((f) => readWorkflow(f).on?.workflow_call);
const callers = workflowFiles.filter((f) => !readWorkflow(f).on?.workflow_call);

describe.each(reusable)('reusable workflow %s', (file) => {
  const workflow = readWorkflow(file);
  const steps = Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);

  it('passes each pinship action only inputs it declares, and every required one', () => {
    const pinshipSteps = steps.filter((s) => /^pinship\/pinship[/@]/.test(s.uses ?? ''));
    expect(pinshipSteps.length).toBeGreaterThan(0);
    for (const step of pinshipSteps) {
      const path = step.uses!.replace(/^pinship\/pinship\/?/, '').replace(/@.*$/, '');
      const action = readAction(join(path, 'action.yml'));
      const declared = action.inputs ?? {};
      for (const key of Object.keys(step.with ?? {}))
        expect(Object.keys(declared), `${step.uses}: ${key}`).toContain(key);
      for (const [name, spec] of Object.entries(declared)) {
        if ((spec as { required?: boolean }).required)
          expect(step.with ?? {}, `${step.uses} needs ${name}`).toHaveProperty(name);
      }
    }
  });
});

describe.each(callers)('example caller %s', (file) => {
  const jobs = Object.values(readWorkflow(file).jobs ?? {});

  it("calls pinship's reusable workflows with inputs they declare, and secrets by name", () => {
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      const called = /^pinship\/pinship\/(\.github\/workflows\/[\w-]+\.yml)@v1$/.exec(job.uses ?? '')?.[1];
      expect(called, job.uses).toBeTruthy();
      const declared = Object.keys(readWorkflow(called!).on?.workflow_call?.inputs ?? {});
      for (const key of Object.keys(job.with ?? {})) expect(declared, `${called}: ${key}`).toContain(key);
      expect(job.secrets).not.toBe('inherit');
    }
  });
});
