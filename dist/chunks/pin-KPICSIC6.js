import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  printJson,
  readFlags
} from "./chunk-AMFUGK22.js";
import {
  pinRunOptions,
  pinSchema
} from "./chunk-7PPAXRDD.js";
import {
  describeChange
} from "./chunk-IEVNMBNJ.js";
import "./chunk-CDRSM3XE.js";
import "./chunk-WWE2H5DM.js";
import "./chunk-6ZN2BK6V.js";
import "./chunk-6U5DZSTP.js";
import "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import {
  parseRepository,
  readGitHubContext
} from "./chunk-QRD45XQP.js";
import "./chunk-6F3K4STA.js";
import "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";

// src/cli/pin.ts
var HELP = `pinship pin: write image digests into Kustomize overlays (the images transformer)

Usage: pinship pin --overlay DIR... --image NAME=REF... [options]

Options:
  --overlay DIR          overlay directory holding a kustomization (repeatable, or DIR1,DIR2)
  --image NAME=REF       NAME as the base workloads spell it, REF = repo[:tag]@sha256:<64 hex> (repeatable)
  --dry-run              print the unified diff; write nothing
  --commit               commit the change (only the pinned files) as --author
  --push                 pin on the remote branch tip, commit and push; retries when the branch moved
  --pull-request         push a pinship/pin-... branch and open or update a pull request instead
  --pull-request-branch NAME  the branch --pull-request pushes to (default: pinship/pin-<images>-<overlay paths>)
  --repo DIR             directory the overlays are relative to (default: the current folder; the Git
                         work tree holding the first overlay when it lies outside that folder)
  --branch NAME          branch to push to, or the pull request's base (default: checked-out branch)
  --remote NAME          Git remote (default: origin)
  --source-commit SHA    commit the image was built from; a pin from a newer one is kept
  --source-repo DIR      clone of the repository the images are built from, to compare source commits in
                         (the app repository, when overlays live apart; default: --repo)
  --author "N <e>"       commit author (default: pinship <pinship@users.noreply.github.com>)
  --no-job-roll          do not add the patch that lets Argo CD and Flux replace pinned Jobs
  --no-verify-digest     pin without asking the registry whether it holds each digest (offline)
  --max-attempts N       push attempts when racing other pinners (default: 10)
  --github-repository O/R  for --pull-request (default: $GITHUB_REPOSITORY); token from $GITHUB_TOKEN
  --json                 print the result as one JSON object
  -h, --help             this help

Before pinning, pin asks each image's registry (one HEAD request, with the credentials docker login
left) whether it holds the digest, and refuses the pin when it does not.

Examples:
  pinship pin --overlay overlays/prod --image compute=127.0.0.1:5000/team/compute@sha256:<hex> --dry-run
  pinship pin --overlay overlays/staging --overlay overlays/prod \\
    --image compute=ghcr.io/acme/compute:1.4@sha256:<hex> --push --source-commit "$(git rev-parse HEAD)"
  GITHUB_TOKEN=... pinship pin --overlay overlays/prod --image compute=...@sha256:<hex> --pull-request`;
var pinCommand = {
  name: "pin",
  summary: "write image digests into Kustomize overlays; commit, push or open a pull request",
  help: HELP,
  async run({ argv, log, stdout }) {
    const { values: options, positionals } = readFlags(pinSchema, argv);
    if (positionals.length)
      throw new PinshipError(`unexpected argument ${JSON.stringify(positionals[0])}`, { hint: "see --help" });
    const pullRequest = options.pullRequest ? await pullRequestTarget(options, log) : void 0;
    const { pin } = await import("./pin-WX4XJQAZ.js");
    const result = await pin({ ...pinRunOptions(options), pullRequest, log });
    if (options.json) printJson(stdout, result);
    else if (result.diff !== void 0) stdout.write(result.diff);
    else stdout.write(describeResult(result));
    return 0;
  }
};
async function pullRequestTarget(options, log) {
  const { owner, repo } = options.githubRepository ?? parseRepository(readGitHubContext().repository, "GITHUB_REPOSITORY", "or give --github-repository OWNER/NAME");
  const token = process.env.GITHUB_TOKEN;
  if (!token) throw new PinshipError("set GITHUB_TOKEN for --pull-request", { field: "GITHUB_TOKEN" });
  log.addSecret(token);
  const { createGitHubClient } = await import("./client-3FOKPTU4.js");
  return { client: createGitHubClient({ token, baseUrl: process.env.GITHUB_API_URL, log }), owner, repo };
}
function describeResult(result) {
  const lines = result.files.flatMap((f) => f.images.map((i) => `${f.file}: ${describeChange(i)}`));
  const commit = result.commit ? ` ${result.commit.slice(0, 12)}` : "";
  const action = result.action === "not-updated" ? "nothing to change" : result.action;
  lines.push(`${action}${commit}${result.pullRequest ? ` ${result.pullRequest.url}` : ""}`);
  return `${lines.join("\n")}
`;
}
export {
  pinCommand
};
