import { PinshipError } from '../errors.js';
import { checkExperiment } from '../report/marker.js';
import { parseMetric, parseThreshold } from '../report/options.js';
import { boolean, count, lines, type OptionsOf, oneOf, text, textOr } from './option.js';

/**
 * The report verb's options (`pinship report`, actions/report). The action always posts, with
 * its `token` input, for the workflow's repository and pull request; the CLI prints the comment
 * and posts only with `--post` (GITHUB_TOKEN), where `--repo`, `--pr` and `--sha` name the target.
 */
export const reportSchema = {
  // Required but in a workflow_run job that reads the record from `record-artifact` (requireRun).
  run: text({ flag: 'run', input: 'run' }),
  recordArtifact: text({ input: 'record-artifact' }),
  experiment: textOr({ flag: 'experiment', input: 'experiment' }, 'default', checkExperiment),
  baseline: text({ flag: 'baseline', input: 'baseline' }),
  metrics: lines({ flag: 'metric', input: 'metrics' }, (list, field) => list.map((m) => parseMetric(m, field))),
  thresholdPct: textOr({ flag: 'threshold', input: 'threshold' }, 10, parseThreshold),
  failOnRegression: boolean({ flag: 'fail-on-regression', input: 'fail-on-regression' }),
  store: boolean({ flag: 'store', input: 'store' }),
  recordsBranch: textOr({ flag: 'records-branch', input: 'records-branch' }, 'pinship-records'),
  check: boolean({ flag: 'no-check', negated: true, input: 'check' }, true),
  token: text({ input: 'token' }),
  format: oneOf({ flag: 'format' }, ['markdown', 'html', 'json'], 'markdown'),
  post: boolean({ flag: 'post' }),
  repo: text({ flag: 'repo' }),
  pr: count({ flag: 'pr' }, 1),
  sha: text({ flag: 'sha' }, checkSha),
  commentFile: text({ flag: 'comment-file' }),
};

export type ReportOptions = OptionsOf<typeof reportSchema>;

function checkSha(sha: string, field: string): string {
  if (!/^[0-9a-f]{40}$/.test(sha))
    throw new PinshipError(`expected a full commit sha, got ${JSON.stringify(sha)}`, { field });
  return sha;
}

/** The run record's path; `field` is how the surface spells the option (`--run` or `run`). */
export function requireRun(o: ReportOptions, field: string): string {
  if (o.run) return o.run;
  throw new PinshipError('no run record was given', { field, hint: 'pinship report --run run.json' });
}

/** What makeReport takes from the options (the entry adds the GitHub context, where to post, the log). */
export function reportRunOptions(o: ReportOptions, run: string) {
  return {
    run,
    experiment: o.experiment,
    baseline: o.baseline,
    metrics: o.metrics ?? [],
    thresholdPct: o.thresholdPct,
    failOnRegression: o.failOnRegression,
    store: o.store,
    recordsBranch: o.recordsBranch,
  };
}
