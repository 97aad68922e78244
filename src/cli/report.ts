import { writeFile } from 'node:fs/promises';
import { PinshipError } from '../errors.js';
import { readGitHubContext } from '../github/context.js';
import { type ReportOptions, reportRunOptions, reportSchema, requireRun } from '../options/report.js';
import { gateFailure, leftOutWarnings } from '../report/options.js';
import { requirePostTarget } from '../report/publish.js';
import { inertLog } from '../log/inert-log.js';
import { printJson, readFlags } from './args.js';
import type { Command } from './command.js';

const HELP = `pinship report: a run record as a pull-request comment and a check (the action adds a job summary)

Usage: pinship report --run FILE [options]

Reads the run record (validated against schema/run-record.v1.json), compares it with the same
experiment's record at the pull request's base (from the records branch), and prints the comment
on stdout. With --post it edits the one comment of this experiment on the pull request (created
on the first run) and sets a check on the commit.

Options:
  --run FILE               the run record (from pinship run)
  --experiment KEY         one comment and one folder of stored records per experiment (default: default)
  --baseline FILE          compare against this record instead of the stored one
  --metric K:lower|higher  a result key and its better direction (repeatable), e.g. pi_error:lower
  --threshold PCT          a change beyond PCT percent in the worse direction is a regression (default 10),
                           when it also clears the metric's floor and the spread of stored runs
  --fail-on-regression     a regression fails the check and exits 1 (a merge gate)
  --format F               markdown (default), html (a preview page) or json
  --store                  store the record on the records branch of origin (<experiment>/<commit>.json)
  --records-branch B       the records branch (default pinship-records)
  --post                   post the comment and the check (token from GITHUB_TOKEN,
                           API from GITHUB_API_URL, default https://api.github.com)
  --repo OWNER/NAME        the repository (default GITHUB_REPOSITORY)
  --pr N                   the pull request (default: the one in GITHUB_EVENT_PATH's event)
  --sha SHA                the commit the check goes on (default: the pull request's head, GITHUB_SHA)
  --no-check               with --post: no check run
  --comment-file FILE      also write the comment (as posted) to FILE
  -h, --help               this help

Examples:
  pinship report --run run.json > comment.md
  pinship report --run run.json --metric pi_error:lower --format html > preview.html
  GITHUB_TOKEN=... pinship report --run run.json --post --repo org/app --pr 42 --sha "$(git rev-parse HEAD)"
  pinship report --run run.json --store          # on the default branch: keep it as the next baseline`;

/**
 * Writes the comment or page as it is, or, in GitHub Actions (GITHUB_ACTIONS=true), between
 * `::stop-commands::` lines when it holds a line the runner would read as a workflow command: a
 * record's log tails are a program's output. --comment-file keeps the text as it is.
 */
function printedText(stdout: NodeJS.WritableStream): (text: string) => void {
  if (process.env.GITHUB_ACTIONS !== 'true') return (text) => stdout.write(text);
  return (text) => inertLog(text.replace(/\n$/, ''), (line) => stdout.write(`${line}\n`));
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'turn a run record into a pull-request comment and a check',
  help: HELP,
  async run({ argv, log, stdout }) {
    const { values: options, positionals } = readFlags(reportSchema, argv);
    if (positionals.length)
      throw new PinshipError(`unexpected argument ${JSON.stringify(positionals[0])}`, { hint: 'see --help' });
    // The preview's optional packages are checked before anything is stored or posted.
    const html = options.format === 'html' ? await import('../report/render/html.js') : undefined;
    html?.loadHtmlPreviewLibraries();
    const context = readGitHubContext();
    const post = options.post ? await postTarget(options, context.repository) : undefined;
    if (post) log.addSecret(process.env.GITHUB_TOKEN!);
    const { makeReport } = await import('../report/make-report.js');
    const { prepared, published } = await makeReport({
      ...reportRunOptions(options, requireRun(options, '--run')),
      context,
      post,
      log,
    });
    for (const warning of leftOutWarnings(prepared)) log.warn(warning);
    if (options.commentFile) await writeFile(options.commentFile, prepared.body);
    const print = printedText(stdout);
    if (options.format === 'json')
      printJson(stdout, (await import('../report/render/json.js')).reportJson(prepared.input));
    else if (html)
      print(html.renderHtmlPage(prepared.rendered.comment, `pinship report: ${prepared.rendered.headline}`));
    else if (!published) print(prepared.body);
    if (published?.comment) stdout.write(`${published.comment.url}\n`);
    const gate = gateFailure(prepared.rendered, options.failOnRegression);
    if (gate) log.warn(gate);
    return gate ? 1 : 0;
  },
};

async function postTarget(options: ReportOptions, repository: string | undefined) {
  const { owner, repo, token } = requirePostTarget(options.repo ?? repository, process.env.GITHUB_TOKEN);
  const { createGitHubClient } = await import('../github/client.js');
  return {
    client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || undefined }),
    owner,
    repo,
    pr: options.pr,
    sha: options.sha,
    check: options.check,
  };
}
