import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  printJson,
  readFlags
} from "./chunk-AMFUGK22.js";
import {
  reportRunOptions,
  reportSchema,
  requireRun
} from "./chunk-BSSJENMQ.js";
import {
  requirePostTarget
} from "./chunk-Y2Q63GZE.js";
import "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import {
  gateFailure,
  leftOutWarnings
} from "./chunk-C24TWCP4.js";
import "./chunk-AAM5EPO7.js";
import {
  readGitHubContext
} from "./chunk-QRD45XQP.js";
import "./chunk-6F3K4STA.js";
import "./chunk-WJTU3CIM.js";
import {
  inertLog
} from "./chunk-3Z3LTAZD.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/cli/report.ts
import { writeFile } from "node:fs/promises";
var HELP = `pinship report: a run record as a pull-request comment and a check (the action adds a job summary)

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
function printedText(stdout) {
  if (process.env.GITHUB_ACTIONS !== "true") return (text) => stdout.write(text);
  return (text) => inertLog(text.replace(/\n$/, ""), (line) => stdout.write(`${line}
`));
}
var reportCommand = {
  name: "report",
  summary: "turn a run record into a pull-request comment and a check",
  help: HELP,
  async run({ argv, log, stdout }) {
    const { values: options, positionals } = readFlags(reportSchema, argv);
    if (positionals.length)
      throw new PinshipError(`unexpected argument ${JSON.stringify(positionals[0])}`, { hint: "see --help" });
    const html = options.format === "html" ? await import("./html-NCOY3OMW.js") : void 0;
    html?.loadHtmlPreviewLibraries();
    const context = readGitHubContext();
    const post = options.post ? await postTarget(options, context.repository) : void 0;
    if (post) log.addSecret(process.env.GITHUB_TOKEN);
    const { makeReport } = await import("./make-report-FU2XVRQX.js");
    const { prepared, published } = await makeReport({
      ...reportRunOptions(options, requireRun(options, "--run")),
      context,
      post,
      log
    });
    for (const warning of leftOutWarnings(prepared)) log.warn(warning);
    if (options.commentFile) await writeFile(options.commentFile, prepared.body);
    const print = printedText(stdout);
    if (options.format === "json")
      printJson(stdout, (await import("./json-SOCDC2KC.js")).reportJson(prepared.input));
    else if (html)
      print(html.renderHtmlPage(prepared.rendered.comment, `pinship report: ${prepared.rendered.headline}`));
    else if (!published) print(prepared.body);
    if (published?.comment) stdout.write(`${published.comment.url}
`);
    const gate = gateFailure(prepared.rendered, options.failOnRegression);
    if (gate) log.warn(gate);
    return gate ? 1 : 0;
  }
};
async function postTarget(options, repository) {
  const { owner, repo, token } = requirePostTarget(options.repo ?? repository, process.env.GITHUB_TOKEN);
  const { createGitHubClient } = await import("./client-3FOKPTU4.js");
  return {
    client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL || void 0 }),
    owner,
    repo,
    pr: options.pr,
    sha: options.sha,
    check: options.check
  };
}
export {
  reportCommand
};
