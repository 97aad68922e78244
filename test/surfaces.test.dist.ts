import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../src/options/build.js';
import { cleanupSchema } from '../src/options/cleanup.js';
import type { Schema } from '../src/options/option.js';
import { pinSchema } from '../src/options/pin.js';
import { reportSchema } from '../src/options/report.js';
import { runSchema } from '../src/options/run.js';
import { bundled } from './support/dist.js';

// The CLI's side of test/surfaces.test.ts: what the bundled `pinship` says it takes.

/** Each CLI verb's options schema. */
const cliSchemas: Record<string, Schema> = {
  build: buildSchema,
  pin: pinSchema,
  run: runSchema,
  report: reportSchema,
  cleanup: cleanupSchema,
};

const flags = (schema: Schema) => Object.values(schema).flatMap((option) => (option.flag ? [option.flag] : []));

describe.each(Object.entries(cliSchemas))('pinship %s', (verb, schema) => {
  const help = spawnSync(process.execPath, [bundled('cli/index.js'), verb, '--help'], { encoding: 'utf8' });
  /** The flags the help's option list names (`  --flag ...`, `  -h, --help ...`). */
  const listed = [...help.stdout.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1]!).filter((f) => f !== 'help');

  it('lists every flag of its options schema in --help, and no other', () => {
    expect(help.status).toBe(0);
    expect(listed.sort()).toEqual(flags(schema).sort());
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
