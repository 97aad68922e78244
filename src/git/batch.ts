import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { git } from './git.js';

/** Largest output kept per query, as execFile's maxBuffer: beyond it the query counts as failed. */
const MAX_OUTPUT = 1 << 28;
const TIMEOUT_MS = 30_000;

/**
 * Runs read-only git commands in `cwd`, all at once, and resolves to each one's stdout, or
 * undefined where it failed (not a repository, no such key…). Never rejects.
 *
 * Node starts a child with fork + exec on the calling thread and waits for the exec: on the
 * 2-core CI machine that blocks the event loop ~10 ms per git process, longer than the queries
 * themselves. So the commands run in one `sh`, which starts them in parallel (a fork of a small
 * shell is cheap) and hands each one's output back on its own pipe (fd 3, 4, …), followed by
 * "\n<exit status>". The script is built from the arguments, each single-quoted. Where no `sh`
 * can be started (Windows without Git Bash on PATH), each command runs on its own.
 */
export function runGitBatch(cwd: string, commands: readonly (readonly string[])[]): Promise<(string | undefined)[]> {
  if (commands.length === 0) return Promise.resolve([]);
  const script = commands
    .map((args, i) => `(git ${args.map(quote).join(' ')}; printf '\\n%s' "$?") >&${i + 3} 2>/dev/null </dev/null &`)
    .concat('wait')
    .join('\n');
  const eachAlone = () => Promise.all(commands.map((args) => git(cwd, args).catch(() => undefined)));
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('sh', ['-c', script], {
        cwd,
        stdio: ['ignore', 'ignore', 'ignore', ...commands.map(() => 'pipe' as const)],
      });
    } catch {
      // Some failures (a cwd that is a file: ENOTDIR) throw here instead of emitting 'error'.
      resolve(eachAlone());
      return;
    }
    const chunks: Buffer[][] = commands.map(() => []);
    const sizes = commands.map(() => 0);
    let done = false;
    const finish = (outputs: (string | undefined)[]) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(outputs);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      for (let i = 0; i < commands.length; i++) (child.stdio[i + 3] as Readable | null)?.destroy();
      finish(commands.map(() => undefined));
    }, TIMEOUT_MS);
    commands.forEach((_, i) => {
      (child.stdio[i + 3] as Readable).on('data', (chunk: Buffer) => {
        sizes[i]! += chunk.length;
        if (sizes[i]! <= MAX_OUTPUT) chunks[i]!.push(chunk);
      });
    });
    // ENOENT: no sh (or no cwd; then git fails the same way on its own).
    child.on('error', () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(eachAlone());
    });
    child.on('close', () => {
      finish(
        chunks.map((parts, i) => {
          if (sizes[i]! > MAX_OUTPUT) return undefined;
          const text = Buffer.concat(parts).toString('utf8');
          const nl = text.lastIndexOf('\n');
          return nl !== -1 && text.slice(nl + 1) === '0' ? text.slice(0, nl) : undefined;
        }),
      );
    });
  });
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
