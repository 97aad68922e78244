import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { silentLogger } from '../../src/log/silent-logger.js';
import { runBundledAction } from '../support/actions-runner.js';
import { scratchDir } from '../support/scratch.js';

const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

async function cliError(argv: string[]): Promise<string> {
  try {
    await runCommand.run({ argv, log: silentLogger, stdout: process.stdout });
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`pinship run ${argv.join(' ')} did not fail`);
}

describe('the bundled run action, given local-run inputs beside overlay', () => {
  it.each([
    ['shards', '4', '--shards'],
    ['memory', '1Gi', '--memory'],
    ['env', 'SEED=42', '--env'],
    ['user', '1000', '--user'],
  ])('refuses %s beside overlay with the message the CLI gives', async (input, value, flag) => {
    const cwd = scratchDir('pinship-run-inputs-');
    const r = runBundledAction('run', { overlay: 'overlays/kube', [input]: value }, { cwd });
    expect(r.status).toBe(1);
    const said = await cliError(['--overlay', 'overlays/kube', flag, value]);
    expect(said).toBe(`${flag}: --overlay runs what the overlay says: ${flag} cannot be given beside it`);
    expect(errorLines(r.stdout).join('\n')).toContain(
      `${input}: overlay runs what the overlay says: ${input} cannot be given beside it`,
    );
  });

  it('refuses the Kubernetes inputs without an overlay', () => {
    const cwd = scratchDir('pinship-run-inputs-');
    const r = runBundledAction('run', { image: 'team/compute:dev', cleanup: 'true' }, { cwd });
    expect(r.status).toBe(1);
    expect(errorLines(r.stdout).join('\n')).toContain('cleanup: cleanup goes with overlay');
  });
});
