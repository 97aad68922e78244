// Benchmark of the pull-request pipeline on the real cluster, as a runner runs it (nektos/act).
//   npm run bench -- pipeline   (node scripts/run-ts.mjs bench/pipeline.ts [--rounds N] [--steps] [--logs DIR])
// The same experiment (example/compute, overlays/kube as 8 shards of an Indexed Job) run by
// pinship's caller workflow and by the glue a team would otherwise write (bench/pipeline-glue.yml:
// docker CLI build and push, kubectl apply, wait, a logs loop, a comment by curl), each in its
// own caller repository, image repository and namespace: a first push, then a second push that
// changes nothing the image is built from. Wall time is act's, start to exit; compute is the
// shards' own span on the cluster (first container start to last finish, from the pods).
// `--rounds N` (default 3) repeats both sides with fresh image repositories, each push of one side
// next to the same push of the other, the side that goes first alternating; the ratio to meet is
// the median of the rounds' ratios.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubStandIn, type GitHubStandIn } from '../test/standins/github/server.js';
import { callerRepository, git, publishedPinship, runAct } from '../test/workflows/act.js';
import {
  clusterExample,
  computeSpan,
  kube,
  kubeconfigPath,
  clusterCaller,
  shardPods,
} from '../test/workflows/cluster-caller.js';
import { pullRequestEvent } from '../test/workflows/events.js';

const TOKEN = 'ghs_bench_token';
const registry = process.env.PINSHIP_TEST_REGISTRY ?? '127.0.0.1:5000';
const password = readFileSync(process.env.PINSHIP_TEST_REGISTRY_PASSWORD_FILE!, 'utf8').trim();
const secrets = {
  GITHUB_TOKEN: TOKEN,
  REGISTRY_USER: process.env.PINSHIP_TEST_REGISTRY_USER ?? 'pinship',
  REGISTRY_PASSWORD: password,
  PINSHIP_KUBECONFIG: readFileSync(kubeconfigPath(), 'utf8'),
};
const tag = Math.random().toString(36).slice(2, 8);
const rounds = Number(option('--rounds') ?? 3);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

interface Push {
  wall: number;
  /** act's time per step, `job: step` → seconds. */
  steps: [string, number][];
  /** The shards' span when this push ran them (pods started after it began), else undefined. */
  compute?: number;
}

type Side = 'pinship' | 'glue';

function workflowOf(side: Side, image: string, prefix: string): string {
  if (side === 'pinship') return clusterCaller('pull-request.yml', image);
  const glue = readFileSync(join(process.cwd(), 'bench/pipeline-glue.yml'), 'utf8');
  return glue
    .replace('IMAGE: __IMAGE__', `IMAGE: ${image}`)
    .replace('NAMESPACE: __NAMESPACE__', `NAMESPACE: ${prefix}`);
}

/** One side's pull request: `push(0)` opens it, `push(1)` pushes a commit that changes no build input. */
function pullRequest(side: Side, round: number, gh: GitHubStandIn, pinship: string, scratch: string) {
  const dir = mkdtempSync(join(scratch, `${side}-`));
  const image = `${registry}/bench/pipeline-${side}-${tag}-${round}`;
  const prefix = `bench-${side}-${tag}-${round}`;
  const fullName = `acme/${side}-${tag}-${round}`;
  const caller = callerRepository(
    dir,
    {
      ...clusterExample(`${prefix}-staging`, image),
      '.github/workflows/pr.yml': workflowOf(side, image, prefix),
    },
    fullName,
  );
  const repo = gh.state.addRepo(fullName);
  git(caller.work, 'checkout', '-q', '-b', 'feature');
  const push = async (i: number): Promise<Push> => {
    const head = caller.commit({ 'notes.md': `push ${i}\n` }, `push ${i}`);
    // A number no other test's pull request has: pinship names the namespace after it.
    const number = 100_000 + Math.floor(Math.random() * 800_000);
    const pull =
      repo.pulls[0] ?? gh.state.addPull(repo, { number, head: 'feature', headSha: head, baseSha: caller.base });
    pull.headSha = head;
    const started = Date.now();
    const run = await runAct({
      cwd: caller.work,
      event: 'pull_request',
      payload: pullRequestEvent(pull.number, i === 0 ? 'opened' : 'synchronize', head, caller.base, fullName),
      workflow: '.github/workflows/pr.yml',
      pinship,
      checkoutFrom: caller.bare,
      apiUrl: gh.url,
      secrets,
      scratch: dir,
    });
    const wall = (Date.now() - started) / 1000;
    const logs = option('--logs');
    if (logs) writeFileSync(join(logs, `${side}-${round}-${i + 1}.log`), run.output);
    if (run.status !== 0) throw new Error(`${side} push ${i + 1} failed:\n${run.output.slice(-6000)}`);
    if (repo.comments.length < 1) throw new Error(`${side}: no comment was posted`);
    const namespace = side === 'pinship' ? `pinship-pr-${pull.number}` : `${prefix}-${pull.number}`;
    used.add(namespace);
    const pods = (await shardPods(namespace)).filter(
      (p) => new Date(p.metadata?.creationTimestamp ?? 0).getTime() >= started,
    );
    return { wall, steps: stepTimes(run.output), compute: pods.length ? computeSpan(pods) : undefined };
  };
  return { push };
}

/** act's `✅  Success - Main NAME [1m2.5s]` lines: where a push's time went. */
function stepTimes(output: string): [string, number][] {
  const times: [string, number][] = [];
  for (const m of output.matchAll(/^\[[^/\]]+\/([^\]]+)\]\s+(?:✅|❌)\s+\w+ - (.+?) \[([^\]]+)\]$/gmu))
    times.push([`${m[1]}: ${m[2]}`, goDuration(m[3]!)]);
  return times;
}

/** Seconds in a Go duration as act prints it (`1m2.5s`, `850.2ms`, `12µs`). */
function goDuration(text: string): number {
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, µs: 1e-6, us: 1e-6, ns: 1e-9 };
  let seconds = 0;
  for (const m of text.matchAll(/([\d.]+)(h|ms|m|s|µs|us|ns)/g)) seconds += Number(m[1]) * unit[m[2]!]!;
  return seconds;
}

/** The namespaces the pull requests ran in (pinship names its own after the pull request). */
const used = new Set<string>();

async function removeNamespaces(): Promise<void> {
  const { core } = kube();
  for (const name of used) await core.deleteNamespace({ name }).catch(() => {});
}

const s = (n: number | undefined) => (n === undefined ? 'not run' : `${n.toFixed(1)} s`);
const PUSHES = ['first push', 'second push, inputs unchanged'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function printRounds(results: Record<Side, Push[][]>): void {
  console.log(`| round | push | side | wall | shards' compute | overhead |`);
  console.log(`|---|---|---|---|---|---|`);
  for (let r = 0; r < rounds; r++)
    for (const [i, name] of PUSHES.entries())
      for (const side of ['glue', 'pinship'] as const) {
        const p = results[side][r]![i]!;
        const overhead = p.compute === undefined ? p.wall : p.wall - p.compute;
        console.log(`| ${r + 1} | ${name} | ${side} | ${s(p.wall)} | ${s(p.compute)} | ${s(overhead)} |`);
      }
}

function printSteps(results: Record<Side, Push[][]>): void {
  for (const side of ['glue', 'pinship'] as const)
    for (const [r, round] of results[side].entries())
      for (const [i, p] of round.entries()) {
        console.log(`\n| ${side}, round ${r + 1}, push ${i + 1}: step | s |\n|---|---|`);
        for (const [step, t] of p.steps) console.log(`| ${step} | ${t.toFixed(1)} |`);
      }
}

function printTargets(results: Record<Side, Push[][]>): void {
  const wall = (side: Side, i: number) => median(results[side].map((round) => round[i]!.wall));
  const ratios = (i: number) => results.pinship.map((round, r) => round[i]!.wall / results.glue[r]![i]!.wall);
  console.log('');
  console.log(`| target | glue, median | pinship, median | pinship / glue, each round | median | met |`);
  console.log(`|---|---|---|---|---|---|`);
  const row = (i: number, name: string, limit: number) => {
    const ratio = median(ratios(i));
    const each = ratios(i)
      .map((x) => x.toFixed(2))
      .join(', ');
    console.log(
      `| ${name} | ${s(wall('glue', i))} | ${s(wall('pinship', i))} | ${each} | ${ratio.toFixed(2)} | ` +
        `${ratio <= limit ? 'yes' : 'no'} |`,
    );
  };
  row(0, 'first push: no slower', 1);
  row(1, 'second push: at most half', 0.5);
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'pinship-bench-pipeline-'));
  // Warm: the first request would otherwise load GitHub's description (a second or more) inside
  // whichever side asks first.
  const gh = await startGitHubStandIn({ token: TOKEN, warm: true });
  try {
    const pinship = publishedPinship(scratch);
    const results: Record<Side, Push[][]> = { glue: [], pinship: [] };
    for (let r = 0; r < rounds; r++) {
      // Each push of one side right after the same push of the other: a busy machine's load
      // changes by the minute, and the ratios compare pushes that met the same load.
      const order: Side[] = r % 2 === 0 ? ['glue', 'pinship'] : ['pinship', 'glue'];
      const pulls = {
        glue: pullRequest('glue', r + 1, gh, pinship, scratch),
        pinship: pullRequest('pinship', r + 1, gh, pinship, scratch),
      };
      for (const side of order) results[side].push([]);
      for (const i of [0, 1]) for (const side of order) results[side][r]!.push(await pulls[side].push(i));
    }
    if (gh.problems.length) throw new Error(`requests GitHub would refuse:\n${gh.problems.join('\n')}`);
    printRounds(results);
    if (process.argv.includes('--steps')) printSteps(results);
    printTargets(results);
  } finally {
    await gh.close();
    await removeNamespaces();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
