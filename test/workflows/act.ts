import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';

/** act, as scripts/act.sh builds it (the set-up builds it like the test cluster). */
export function actBinary(): string {
  const dir = process.env.PINSHIP_DEV_DIR ?? join(process.env.TMPDIR ?? '/tmp', 'pinship-dev');
  const act = join(dir, 'bin', 'act');
  // Fail, never skip: these tests run in CI, where `npm test` builds act first.
  if (!existsSync(act)) throw new Error(`no act at ${act}: run scripts/act.sh (npm test does)`);
  return act;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'pinship test',
      GIT_AUTHOR_EMAIL: 'test@pinship.invalid',
      GIT_COMMITTER_NAME: 'pinship test',
      GIT_COMMITTER_EMAIL: 'test@pinship.invalid',
    },
  }).trim();
}

/**
 * This checkout's committed tree (HEAD) with the freshly bundled dist/ in place of the committed
 * one, as pinship/pinship@v1 is published: what the workflows use is what is committed.
 */
export function publishedPinship(dir: string): string {
  const tree = join(dir, 'pinship');
  mkdirSync(tree);
  // Without .git, as GitHub serves an action (its commit's tree, no history): act copies the whole
  // folder into its cache for every step that uses it, so anything more is time no runner spends.
  execFileSync('sh', ['-c', 'git archive --format=tar HEAD | tar -x -C "$1"', 'sh', tree], { cwd: ROOT });
  rmSync(join(tree, 'dist'), { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), join(tree, 'dist'), { recursive: true });
  return tree;
}

/** A caller repository with `files` on `main`, its bare remote, and a clone act runs in. */
export function callerRepository(dir: string, files: Record<string, string>, fullName = 'acme/app') {
  const bare = join(dir, 'app.git');
  const work = join(dir, 'app');
  git(dir, 'init', '-q', '--bare', '-b', 'main', bare);
  git(dir, 'init', '-q', '-b', 'main', work);
  // act copies this clone as the job's checkout: its origin (the records branch) is the bare
  // repository, and act reads the repository's name from the `github` remote (--remote-name).
  git(work, 'remote', 'add', 'origin', bare);
  git(work, 'remote', 'add', 'github', `https://github.com/${fullName}.git`);
  const commit = (more: Record<string, string>, message: string): string => {
    for (const [path, content] of Object.entries(more)) {
      mkdirSync(resolve(work, path, '..'), { recursive: true });
      writeFileSync(join(work, path), content);
    }
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '--allow-empty', '-m', message);
    git(work, 'push', '-q', bare, 'HEAD:refs/heads/' + (git(work, 'branch', '--show-current') || 'main'));
    return git(work, 'rev-parse', 'HEAD');
  };
  const base = commit(files, 'the caller repository');
  return { bare, work, base, commit };
}

export interface ActRun {
  status: number | null;
  output: string;
}

export interface ActOptions {
  /** The caller repository's clone. */
  cwd: string;
  event: string;
  payload: unknown;
  workflow: string;
  pinship: string;
  checkoutFrom: string;
  apiUrl: string;
  secrets: Record<string, string>;
  scratch: string;
  /** More act arguments (`--artifact-server-path DIR`, `--env NAME=VALUE`...). */
  args?: string[];
  /** Variables for act itself (`ACTIONS_RUNTIME_URL`, which act hands on to the actions). */
  env?: Record<string, string>;
  /**
   * Cancels the run the way a runner does, once this returns true for the output so far: SIGINT
   * to act, which cancels the running step and runs the post steps.
   */
  interruptWhen?: (output: string) => boolean | Promise<boolean>;
}

/** Runs act as ACT.md describes: on this machine, Node 24 first on PATH, GitHub replaced. */
export async function runAct(o: ActOptions): Promise<ActRun> {
  const eventFile = join(o.scratch, `event-${Date.now()}.json`);
  writeFileSync(eventFile, JSON.stringify(o.payload));
  const args = [
    o.event,
    '-e',
    eventFile,
    '-W',
    o.workflow,
    '-P',
    'ubuntu-latest=-self-hosted',
    '--local-repository',
    `pinship/pinship@v1=${o.pinship}`,
    '--local-repository',
    `${CHECKOUT}=${join(ROOT, 'test/workflows/checkout')}`,
    '--env',
    `GITHUB_API_URL=${o.apiUrl}`,
    '--env',
    `PINSHIP_TEST_CHECKOUT_FROM=${o.checkoutFrom}`,
    '--remote-name',
    'github',
    '--no-cache-server',
    '--action-offline-mode',
    ...(o.args ?? []),
  ];
  // Secrets go through the environment (`-s NAME` reads $NAME): never on a command line.
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    ...o.env,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
  };
  for (const [name, value] of Object.entries(o.secrets)) {
    args.push('-s', name);
    env[name] = value;
  }
  const child = spawn(actBinary(), args, { cwd: o.cwd, env });
  let output = '';
  let interrupted = false;
  const onData = async (d: Buffer) => {
    output += d;
    if (!o.interruptWhen || interrupted) return;
    if (await o.interruptWhen(output)) {
      if (interrupted) return;
      interrupted = true;
      child.kill('SIGINT');
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const status = await new Promise<number | null>((r) => child.on('close', r));
  return { status, output };
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GITHUB_') && !k.startsWith('INPUT_')) env[k] = v;
  return env;
}
