import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertRunRecord, runRecordProblems } from '../../src/record/validate.js';

const example = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/run-record.json'), 'utf8')) as Record<string, unknown>;

describe('the run record schema', () => {
  it('accepts the example record in test/record/fixtures', () => {
    expect(runRecordProblems(example)).toEqual([]);
    expect(() => assertRunRecord(example)).not.toThrow();
  });

  it('names what is wrong, by JSON pointer', () => {
    const broken = structuredClone(example) as { conclusion: string; shards: { attempts: { reason: string }[] }[]; extra?: number };
    broken.conclusion = 'maybe';
    broken.shards[0]!.attempts[0]!.reason = 'Crashed';
    broken.extra = 1;
    const problems = runRecordProblems(broken);
    expect(problems).toContain('/conclusion: must be equal to one of the allowed values');
    expect(problems).toContain('/shards/0/attempts/0/reason: must be equal to one of the allowed values');
    expect(problems).toContain('/: must NOT have additional properties');
    expect(() => assertRunRecord(broken, 'run.json')).toThrow(/not a valid run record: \/: must NOT have additional properties/);
  });

  it('rejects another version and a digest that is not sha256', () => {
    expect(runRecordProblems({ ...example, apiVersion: 'pinship.dev/v2' })).toContain('/apiVersion: must be equal to constant');
    const image = { ...(example.image as object), digest: 'sha256:short' };
    expect(runRecordProblems({ ...example, image })[0]).toMatch(/^\/image\/digest: must match pattern/);
  });
});

describe('unreadable outputs in the record (additive to v1)', () => {
  type Totals = Record<string, unknown>;
  type Outputs = { outputs: Record<string, unknown>[] }[];

  it('still accepts a v1 record written before unreadable outputs existed', () => {
    const old = structuredClone(example) as { totals: Totals; shards: Outputs };
    delete old.totals.unreadableOutputs;
    for (const shard of old.shards) shard.outputs = shard.outputs.filter((f) => f.unreadable === undefined);
    expect(runRecordProblems(old)).toEqual([]);
  });

  it('wants a reason whenever a hash is missing, and none when it is there', () => {
    const noReason = structuredClone(example) as { shards: Outputs };
    delete noReason.shards[1]!.outputs[1]!.unreadable;
    expect(runRecordProblems(noReason)).toContain("/shards/1/outputs/1: must have required property 'unreadable'");
    const both = structuredClone(example) as { shards: Outputs };
    both.shards[1]!.outputs[2]!.unreadable = 'permission denied';
    expect(runRecordProblems(both).join('\n')).toContain("/shards/1/outputs/2/unreadable: boolean schema is false");
  });
});
