import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scratchDir } from '../support/scratch.js';

const IDENTITY = [
  '-c',
  'user.name=Test Seeder',
  '-c',
  'user.email=seeder@example.com',
  '-c',
  'init.defaultBranch=main',
];

/** Runs real git (identity given per command, never globally). */
export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, '-C', cwd, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Seeded bare remotes by their files, copied for each test that asks again. A test file's scratch
 * folders go when it ends: a later file in the same worker process seeds again.
 */
const seeded = new Map<string, string>();

/**
 * A bare remote on disk seeded with `files` on `main`. Seeding takes five git processes; a test
 * file asking for the same files again gets a copy of the first seeding (the same seed commit).
 */
export function bareRemote(files: Record<string, string>): string {
  const key = JSON.stringify(Object.entries(files));
  let template = seeded.get(key);
  if (!template || !existsSync(template)) {
    template = seedRemote(files);
    seeded.set(key, template);
  }
  const remote = join(scratchDir('pinship-git-'), 'remote.git');
  cpSync(template, remote, { recursive: true });
  return remote;
}

function seedRemote(files: Record<string, string>): string {
  const root = scratchDir('pinship-seed-');
  const remote = join(root, 'remote.git');
  execFileSync('git', [...IDENTITY, 'init', '--quiet', '--bare', remote]);
  const seed = join(root, 'seed');
  execFileSync('git', [...IDENTITY, 'init', '--quiet', seed]);
  writeFiles(seed, files);
  sh(seed, 'add', '-A');
  sh(seed, 'commit', '--quiet', '-m', 'seed');
  sh(seed, 'push', '--quiet', remote, 'HEAD:refs/heads/main');
  return remote;
}

/** A fresh clone of `remote` on `main`. */
export function clone(remote: string): string {
  const dir = join(scratchDir('pinship-clone-'), 'repo');
  execFileSync('git', [...IDENTITY, 'clone', '--quiet', '--branch', 'main', remote, dir]);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A file's text at the tip of `main` on the remote. */
export function showRemote(remote: string, path: string, ref = 'main'): string {
  return sh(remote, 'show', `${ref}:${path}`);
}

/** A linear source repository with `count` commits; resolves to their shas, oldest first. */
export function sourceHistory(count: number): { dir: string; commits: string[] } {
  const dir = join(scratchDir('pinship-src-'), 'src');
  execFileSync('git', [...IDENTITY, 'init', '--quiet', dir]);
  const commits: string[] = [];
  for (let i = 0; i < count; i++) {
    sh(dir, 'commit', '--quiet', '--allow-empty', '-m', `change ${i}`);
    commits.push(sh(dir, 'rev-parse', 'HEAD').trim());
  }
  return { dir, commits };
}
