import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { buildSchema } from '../src/options/build.js';
import type { Schema } from '../src/options/option.js';
import { pinSchema } from '../src/options/pin.js';
import { pipelineSchema } from '../src/options/pipeline.js';
import { reportSchema } from '../src/options/report.js';
import { runSchema } from '../src/options/run.js';

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

/** Each action's options schema: the root action.yml is the whole pipeline. */
const actionSchemas: Record<string, Schema> = {
  'action.yml': pipelineSchema,
  'actions/build/action.yml': buildSchema,
  'actions/pin/action.yml': pinSchema,
  'actions/run/action.yml': runSchema,
  'actions/report/action.yml': reportSchema,
};

const inputs = (schema: Schema) => Object.values(schema).flatMap((option) => (option.input ? [option.input] : []));

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

  it("declares exactly the inputs of its verb's options schema", () => {
    const schema = actionSchemas[file];
    expect(schema, `${file} has no options schema in actionSchemas`).toBeDefined();
    expect(Object.keys(action.inputs ?? {}).sort()).toEqual(inputs(schema!).sort());
  });

  it("declares the schema's defaults (the action's own where the schema names one)", () => {
    for (const option of Object.values(actionSchemas[file]!)) {
      const declared = (action.inputs?.[option.input ?? ''] as { default?: unknown } | undefined)?.default;
      // `${{ github.token }}` and `${{ github.sha }}` come from the run: the schema cannot hold them.
      if (declared === undefined || String(declared).startsWith('${{')) continue;
      const field = option.input!;
      // An empty default is no input: the schema's default applies.
      if (declared === '') expect(option.actionDefault, field).toBeUndefined();
      else {
        const schemaSays =
          option.actionDefault === undefined ? option.fallback : option.read(option.actionDefault, field);
        expect(option.read(String(declared), field), `${field}: default ${String(declared)}`).toEqual(schemaSays);
      }
    }
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
