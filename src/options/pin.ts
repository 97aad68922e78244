import { statSync } from 'node:fs';
import { PinshipError } from '../errors.js';
import { type Author, parseAuthor } from '../git/repo.js';
import { parseRepository } from '../github/context.js';
import { parseImagePins } from '../pin/image-pins.js';
import { boolean, count, lines, type OptionsOf, text } from './option.js';

/**
 * The pin verb's options (`pinship pin`, actions/pin). The directory is `--repo` on the CLI and
 * `working-directory` in the action (default: the CLI's is the current folder or the work tree of
 * the first overlay); the action commits as github-actions[bot], and its token defaults to the
 * workflow's (action.yml). `--remote`, `--max-attempts` and `--github-repository` are the CLI's only (the
 * action pushes to origin and pins for the workflow's repository); `token` is the action's (the
 * CLI reads GITHUB_TOKEN).
 */
/** The action's commit author; the CLI's is the pin library's (pinship). */
const ACTIONS_BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

export const pinSchema = {
  repo: text({ flag: 'repo', input: 'working-directory', actionDefault: '.' }, existingDirectory),
  overlays: lines({ flag: 'overlay', input: 'overlays', split: true, required: 'give at least one --overlay DIR' }),
  images: lines({ flag: 'image', input: 'images', required: 'give --image NAME=REF' }, parseImagePins),
  dryRun: boolean({ flag: 'dry-run', input: 'dry-run' }),
  commit: boolean({ flag: 'commit', input: 'commit' }),
  push: boolean({ flag: 'push', input: 'push' }),
  pullRequest: boolean({ flag: 'pull-request', input: 'pull-request' }),
  pullRequestBranch: text({ flag: 'pull-request-branch', input: 'pull-request-branch' }),
  branch: text({ flag: 'branch', input: 'branch' }),
  remote: text({ flag: 'remote' }),
  sourceCommit: text({ flag: 'source-commit', input: 'source-commit' }),
  sourceRepo: text({ flag: 'source-repo', input: 'source-repo' }),
  author: text({ flag: 'author', input: 'author', actionDefault: ACTIONS_BOT }, readAuthor),
  rollJobs: boolean({ flag: 'no-job-roll', negated: true, input: 'job-roll' }, true),
  verifyDigests: boolean({ flag: 'no-verify-digest', negated: true, input: 'verify-digest' }, true),
  maxAttempts: count({ flag: 'max-attempts' }, 1, 10),
  githubRepository: text({ flag: 'github-repository' }, parseRepository),
  token: text({ input: 'token' }),
  json: boolean({ flag: 'json' }),
};

export type PinOptions = OptionsOf<typeof pinSchema>;

function existingDirectory(path: string, field: string): string {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new PinshipError(`${JSON.stringify(path)} is not a directory`, { field });
  return path;
}

function readAuthor(value: string, field: string): Author {
  const author = parseAuthor(value);
  if (!author) throw new PinshipError('expected "Name <email>"', { field });
  return author;
}

/** What pin takes from the options (the entry adds where a pull request goes and the log). */
export function pinRunOptions(o: PinOptions) {
  return {
    repo: o.repo,
    overlays: o.overlays,
    images: o.images!,
    dryRun: o.dryRun,
    commit: o.commit,
    push: o.push,
    branch: o.branch,
    pullRequestBranch: o.pullRequestBranch,
    remote: o.remote,
    sourceCommit: o.sourceCommit,
    sourceRepo: o.sourceRepo,
    author: o.author,
    rollJobs: o.rollJobs,
    verifyDigests: o.verifyDigests,
    maxAttempts: o.maxAttempts,
  };
}
