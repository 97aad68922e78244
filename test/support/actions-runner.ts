import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundled } from './dist.js';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs dist/<verb>/index.js as the Actions runner does: `INPUT_<NAME>` env (upper-cased, spaces
 * to `_`, dashes kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload.
 */
export function runBundledAction(verb: string, inputs: Record<string, string>, options: RunnerOptions = {}): ActionRun {
  const runner = prepareRunner(inputs, options);
  try {
    const run = spawnSync(process.execPath, [bundled(`${verb}/index.js`)], {
      cwd: options.cwd,
      env: runner.env,
      encoding: 'utf8',
    });
    return runner.collect(run.status, run.stdout, run.stderr);
  } finally {
    runner.remove();
  }
}

/**
 * The same, without blocking the event loop: for actions that talk to a server in this process
 * (the GitHub stand-in), which a synchronous child would wait on forever.
 */
export async function runBundledActionAsync(
  verb: string,
  inputs: Record<string, string>,
  options: RunnerOptions = {},
): Promise<ActionRun> {
  const runner = prepareRunner(inputs, options);
  try {
    const child = spawn(process.execPath, [bundled(`${verb}/index.js`)], {
      cwd: options.cwd,
      env: runner.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return runner.collect(status, stdout, stderr);
  } finally {
    runner.remove();
  }
}

interface RunnerOptions {
  cwd?: string;
  event?: unknown;
  env?: Record<string, string>;
}

function prepareRunner(inputs: Record<string, string>, options: RunnerOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'pinship-runner-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    ...files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return {
    env,
    collect: (status: number | null, stdout: string, stderr: string): ActionRun => ({
      status,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    }),
    /** What the action saved with core.saveState for its post step. */
    state: () => parseOutputFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A bundled action started in the background, as the runner starts it (see runBundledAction). */
export interface StartedAction {
  child: ChildProcess;
  /** Resolves at the first stdout text matching `pattern`; rejects if the process exits first. */
  waitForStdout(pattern: RegExp): Promise<void>;
  /** Resolves once the process exited, with its outputs and the state it saved for its post step. */
  exited: Promise<ActionRun & { signal: NodeJS.Signals | null; state: Record<string, string> }>;
}

/** Starts dist/<verb>/index.js without waiting, so a test can signal it as a cancelled workflow does. */
export function startBundledAction(
  verb: string,
  inputs: Record<string, string>,
  options: RunnerOptions = {},
): StartedAction {
  const runner = prepareRunner(inputs, options);
  const child = spawn(process.execPath, [bundled(`${verb}/index.js`)], { cwd: options.cwd, env: runner.env });
  let stdout = '';
  let stderr = '';
  const watchers: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const w of watchers.splice(0))
      if (w.pattern.test(stdout)) w.resolve();
      else watchers.push(w);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (status, signal) => resolve({ status, signal })),
  ).then(({ status, signal }) => {
    try {
      return { ...runner.collect(status, stdout, stderr), signal, state: runner.state() };
    } finally {
      runner.remove();
    }
  });
  return {
    child,
    waitForStdout(pattern: RegExp) {
      if (pattern.test(stdout)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        watchers.push({ pattern, resolve });
        void exited.then((run) => {
          reject(new Error(`exited (${run.status ?? run.signal}) before ${pattern}: ${run.stdout}${run.stderr}`));
        });
      });
    },
    exited,
  };
}

/**
 * Reads GITHUB_OUTPUT as the runner does, strictly: `name<<DELIMITER`, the value's lines, the
 * delimiter alone on a line; anything else (a forged or broken block) is an error.
 */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let i = 0; i < lines.length; ) {
    const head = /^([A-Za-z0-9_-]+)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[i]!);
    if (!head)
      throw new Error(`GITHUB_OUTPUT line ${i + 1} is not a name<<delimiter line: ${JSON.stringify(lines[i])}`);
    const end = lines.indexOf(head[2]!, i + 1);
    if (end === -1) throw new Error(`GITHUB_OUTPUT: ${head[1]} has no closing delimiter`);
    if (head[1]! in out) throw new Error(`GITHUB_OUTPUT: ${head[1]} is set twice`);
    out[head[1]!] = lines.slice(i + 1, end).join('\n');
    i = end + 1;
  }
  return out;
}

/** True when the output holds a JavaScript stack frame (`    at f (file:1:2)`). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(].*\d+:\d+\)?$/m.test(text);
}
