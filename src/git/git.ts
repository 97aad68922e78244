import { execFile } from 'node:child_process';

/** A git command that failed; `stderr` is what git said, for the named predicates in push.ts. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly stdout = '',
  ) {
    super(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
    this.name = 'GitError';
  }
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
