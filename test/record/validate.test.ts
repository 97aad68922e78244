import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/run-record.v1.json' with { type: 'json' };
import { MAX_RECORD_BYTES, parseRunRecord, readRunRecord } from '../../src/record/read.js';
import { assertRunRecord, runRecordProblems } from '../../src/record/validate.js';
import { MAX_RESULTS } from '../../src/run/result-lines.js';

const example = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/run-record.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('the run record schema', () => {
  it('accepts the example record in test/record/fixtures', () => {
    expect(runRecordProblems(example)).toEqual([]);
    expect(() => assertRunRecord(example)).not.toThrow();
  });

  it('names what is wrong, by JSON pointer', () => {
    const broken = structuredClone(example) as { conclusion: string; shards: { attempts: { reason: string }[] }[] };
    broken.conclusion = 'maybe';
    broken.shards[0]!.attempts[0]!.reason = 'Crashed';
    const problems = runRecordProblems(broken, 'writer');
    expect(problems).toContain('/conclusion: must be equal to one of the allowed values');
    expect(problems).toContain('/shards/0/attempts/0/reason: must be equal to one of the allowed values');
    expect(() => assertRunRecord(broken, 'run.json', 'writer')).toThrow(
      /^run\.json: \/conclusion: not a valid run record: must be equal to one of the allowed values; also \/shards\/0/,
    );
  });

  it('a reader stops at the first problem: a record of 20,000 invalid shards is refused by its first', () => {
    const hostile = structuredClone(example) as { shards: unknown[] };
    hostile.shards = Array.from({ length: 20_000 }, () => ({ resources: { x: 1 } }));
    expect(runRecordProblems(hostile)).toEqual(["/shards/0: must have required property 'index'"]);
    expect(() => assertRunRecord(hostile, 'run.json')).toThrow(
      /^run\.json: \/shards\/0: not a valid run record: must have required property 'index'$/,
    );
  });

  it('bounds what a run bounds: log tails, resource samples, results', () => {
    const long = structuredClone(example) as { shards: { attempts: { logTail: string[] }[] }[] };
    long.shards[0]!.attempts[0]!.logTail = Array.from({ length: 51 }, (_, i) => `line ${i}`);
    expect(runRecordProblems(long)).toEqual(['/shards/0/attempts/0/logTail: must NOT have more than 50 items']);
    const results = (schema.$defs.shard.properties.results as { maxItems: number }).maxItems;
    expect(results).toBe(MAX_RESULTS);
  });

  it('rejects another version and a digest that is not sha256', () => {
    expect(runRecordProblems({ ...example, apiVersion: 'pinship.dev/v2' })).toContain(
      '/apiVersion: must be "pinship.dev/v1"',
    );
    const image = { ...(example.image as object), digest: 'sha256:short' };
    expect(runRecordProblems({ ...example, image })[0]).toMatch(/^\/image\/digest: must match pattern/);
  });
});

describe('parseRunRecord', () => {
  it('reads a record that starts with a byte order mark', () => {
    expect(parseRunRecord(`\uFEFF${JSON.stringify(example)}`, 'run.json').id).toBe(example.id);
  });
});

describe('readRunRecord', () => {
  it('refuses a file over the size cap by its size, before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pinship-record-'));
    const file = join(dir, 'run.json');
    try {
      // Sparse: the file claims its size without taking the disk.
      writeFileSync(file, '');
      truncateSync(file, MAX_RECORD_BYTES + 1);
      await expect(readRunRecord(file)).rejects.toThrow(
        `${file}: run record is 257 MiB, over the 256 MiB pinship reads`,
      );
      writeFileSync(file, JSON.stringify(example));
      expect((await readRunRecord(file)).id).toBe(example.id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
    expect(runRecordProblems(both).join('\n')).toContain('/shards/1/outputs/2/unreadable: boolean schema is false');
  });

  it('takes a file the run stopped before hashing, with its reason, and notHashed only without a hash', () => {
    const stopped = structuredClone(example) as { totals: Totals; shards: Outputs };
    stopped.totals.notHashedOutputs = 1;
    stopped.shards[0]!.outputs.push({
      path: 'big.bin',
      size: 3_000_000_000,
      sha256: null,
      unreadable: 'not hashed: the run timed out',
      notHashed: true,
    });
    expect(runRecordProblems(stopped, 'writer')).toEqual([]);
    const hashed = structuredClone(example) as { shards: Outputs };
    hashed.shards[0]!.outputs[0]!.notHashed = true;
    expect(runRecordProblems(hashed).join('\n')).toContain('/shards/0/outputs/0/notHashed: boolean schema is false');
  });
});

describe('compatibility within v1: readers ignore unknown fields, the writer adds none', () => {
  function withExtras() {
    const newer = structuredClone(example) as Record<string, any>;
    newer.placement = { zone: 'eu-1' };
    newer.totals.gpuSeconds = 12.5;
    newer.shards[0].node = 'worker-3';
    newer.shards[0].attempts[0].exitSignal = null;
    newer.shards[0].outputs[0].mode = 0o644;
    return newer;
  }

  it('a reader accepts a v1 record with fields it does not know', () => {
    expect(runRecordProblems(withExtras())).toEqual([]);
  });

  it('the writer refuses a field the schema does not describe, at any depth', () => {
    const problems = runRecordProblems(withExtras(), 'writer');
    expect(problems).toContain('/: must NOT have additional properties');
    expect(problems).toContain('/totals: must NOT have additional properties');
    expect(problems).toContain('/shards/0: must NOT have additional properties');
    expect(problems).toContain('/shards/0/attempts/0: must NOT have additional properties');
    expect(problems).toContain('/shards/0/outputs/0: must NOT have additional properties');
    expect(runRecordProblems(example, 'writer')).toEqual([]);
  });
});
