import * as core from '@actions/core';
import { PinshipError } from '../errors.js';
import { parseKeyValues } from '../inputs/key-value.js';
import { parseCpus, parseDuration, parseMemory, parseWholeNumber } from '../run/quantity.js';
import { runShards } from '../run/run.js';
import { headline, shardTable } from '../run/summary.js';
import { runAction } from './run-action.js';

await runAction(async (log) => {
  const optional = (name: string) => core.getInput(name) || undefined;
  const shards = parseWholeNumber(core.getInput('shards') || '1', 'shards', 1);
  const memory = optional('memory');
  const cpus = optional('cpus');
  const timeout = optional('timeout');
  const password = optional('password');
  if (password) core.setSecret(password);
  // No group around the run: each failed shard's log gets its own, and Actions cannot nest them.
  const { record, recordPath } = await runShards({
    image: core.getInput('image', { required: true }),
    shards,
    parallelism: parseWholeNumber(core.getInput('parallelism') || String(shards), 'parallelism', 1),
    cpus: cpus === undefined ? null : parseCpus(cpus, 'cpus'),
    memoryBytes: memory === undefined ? null : parseMemory(memory, 'memory'),
    backoffLimit: parseWholeNumber(core.getInput('backoff-limit') || '0', 'backoff-limit'),
    timeoutSeconds: timeout === undefined ? null : parseDuration(timeout, 'timeout'),
    env: parseKeyValues(core.getMultilineInput('env'), 'env'),
    args: core.getMultilineInput('args'),
    out: optional('out'),
    outputDir: optional('output-dir'),
    username: optional('username'),
    password,
    log,
  });
  core.setOutput('conclusion', record.conclusion);
  core.setOutput('record', recordPath);
  core.setOutput('run-id', record.id);
  const [header, ...rows] = shardTable(record);
  // Set by the runner; absent when the entry runs elsewhere (act, a shell): skip the summary then.
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addHeading(`pinship run ${record.id}`, 3)
      .addRaw(`${headline(record)}. Image \`${record.image.digest ? `${record.image.name}@${record.image.digest}` : record.image.ref}\`.`, true)
      .addTable([header!.map((data) => ({ data, header: true })), ...rows])
      .write();
  }
  if (record.conclusion !== 'success') {
    throw new PinshipError(`the run concluded ${record.conclusion}: ${headline(record)}`, {
      hint: `the run record is in ${recordPath}`,
    });
  }
});
