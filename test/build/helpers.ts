import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type Docker from 'dockerode';
import type { Logger } from '../../src/log/logger.js';

/** Writes `files` (path -> content) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** A temp directory, removed by the returned cleanup. */
export function tempDir(prefix = 'pinship-build-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
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

/** A git repository on branch `main` with `files` committed, and an origin URL set. */
export function gitRepo(
  dir: string,
  files: Record<string, string>,
  origin = 'https://user:secret@github.com/acme/compute.git',
): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', origin);
  commitAll(dir, files, 'initial');
}

/** Writes `files` and commits everything; returns the new HEAD sha. */
export function commitAll(dir: string, files: Record<string, string>, message: string): string {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** A logger that records every line, for asserting on what a build printed. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  readonly secrets: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  debug(_message: string): void {}
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`== ${name}`);
    return fn();
  }
  progress(line: string): void {
    this.lines.push(`progress: ${line}`);
  }
  addSecret(value: string): void {
    this.secrets.push(value);
  }
}

/** Env with nothing from a CI runner: tags then come from the repository alone. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GITHUB_') && !k.startsWith('INPUT_')) env[k] = v;
  return { ...env, ...extra };
}

/** Removes every local image of these repositories (the engine is shared: only ours). */
export async function removeLocalImages(docker: Docker, repositories: Iterable<string>): Promise<void> {
  for (const repo of repositories) {
    for (const image of await docker.listImages({ filters: { reference: [repo] } })) {
      await docker
        .getImage(image.Id)
        .remove({ force: true })
        .catch(() => undefined);
    }
  }
}

/** Git repositories for one test file's builds: `make(files)` commits them, `removeAll()` in afterAll. */
export function projectRepos() {
  const cleanups: (() => void)[] = [];
  return {
    make(files: Record<string, string>): string {
      const t = tempDir();
      cleanups.push(t.cleanup);
      gitRepo(t.dir, { '.dockerignore': '.git\n', ...files });
      return t.dir;
    },
    /** Removes a folder made elsewhere with the others. */
    track(cleanup: () => void): void {
      cleanups.push(cleanup);
    },
    removeAll(): void {
      for (const c of cleanups.splice(0)) c();
    },
  };
}
