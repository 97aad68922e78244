import { execFile } from 'node:child_process';

/** A git command that failed; `stderr` is what git said, for the named predicates in push.ts. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly stdout = '',
  ) {
    super(`git ${args.join(' ')} failed (exit ${exitCode}): ${summarize(stderr)}`);
    this.name = 'GitError';
  }
}

/**
 * git's `fatal:` and `error:` lines say what is wrong (`'origin' does not appear to be a git
 * repository`); the advice after them is generic. The first three of them, else the last three lines.
 */
function summarize(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const said = lines.filter((l) => /^(?:fatal|error):/.test(l));
  return (said.length ? said.slice(0, 3) : lines.slice(-3)).join(' / ');
}

export interface GitOptions {
  env?: Record<string, string>;
  /** Written to git's stdin (e.g. paths for `check-attr --stdin`). */
  input?: string;
}

/** Runs `git -C cwd ...args` and resolves to its stdout; rejects with GitError. */
export function git(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-C', cwd, ...args],
      {
        maxBuffer: 256 * 1024 * 1024,
        // Never prompt for credentials or editors in CI: fail instead.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true', LC_ALL: 'C', ...options.env },
      },
      (err, stdout, stderr) => {
        if (err)
          reject(new GitError(args, typeof err.code === 'number' ? err.code : null, String(stderr), String(stdout)));
        else resolve(String(stdout));
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Runs git and resolves to whether it exited 0 (for yes/no questions such as is-ancestor). */
export async function gitSucceeds(cwd: string, args: readonly string[]): Promise<boolean> {
  try {
    await git(cwd, args);
    return true;
  } catch (err) {
    if (err instanceof GitError) return false;
    throw err;
  }
}
