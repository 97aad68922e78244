import { readStages, stageVariables } from '../docker/dockerfile-stages.js';
import { substitute } from '../docker/dockerfile-syntax.js';

/**
 * What the input digest needs from a Dockerfile: the images it builds from, read from its stages
 * (global `ARG`s substituted into FROM, the build args overriding their defaults). Stage names
 * and `scratch` are not images.
 */
export function baseImages(dockerfile: string, buildArgs: Readonly<Record<string, string>>): string[] {
  const { stages, globalArgs } = readStages(dockerfile, buildArgs);
  const names = new Set<string>();
  const images = new Set<string>();
  for (const stage of stages) {
    if (stage.name !== undefined) names.add(stage.name);
    const image = stage.base;
    if (image && !names.has(image.toLowerCase()) && image !== 'scratch') images.add(image);
    for (const { keyword, rest } of stage.instructions) {
      if (keyword !== 'COPY' && keyword !== 'RUN') continue;
      // COPY --from=<image> and RUN --mount=…,from=<image> name images too (stages and indexes excepted).
      for (const m of rest.matchAll(/--(?:from=(\S+)|mount=\S*?\bfrom=([^,\s]+))/g)) {
        const ref = substitute(m[1] ?? m[2] ?? '', globalArgs);
        if (ref && !/^\d+$/.test(ref) && !names.has(ref.toLowerCase())) images.add(ref);
      }
    }
  }
  return [...images];
}

/** An `ADD` source the build fetches from elsewhere, as the build will ask for it. */
export interface RemoteSource {
  /** The URL after ARG and ENV substitution. */
  url: string;
  kind: 'http' | 'git';
  /** False when the URL uses a variable this reading cannot know (an ENV of the base image, say). */
  known: boolean;
}

/**
 * The remote sources of `ADD` (http(s) URLs and git repositories), except those pinned by
 * `--checksum`: what they serve can change while the Dockerfile stays the same. Variables are
 * substituted as BuildKit does for ADD: global ARGs, the stage's ARGs (build args overriding
 * their defaults) and ENVs declared before the instruction, in this stage or a stage it builds on.
 */
export function remoteSources(dockerfile: string, buildArgs: Readonly<Record<string, string>>): RemoteSource[] {
  const { stages, globalArgs } = readStages(dockerfile, buildArgs);
  const out: RemoteSource[] = [];
  for (const stage of stages) {
    const { seen } = stageVariables(stage, { globalArgs, buildArgs });
    for (const instruction of stage.instructions) {
      const { keyword, rest } = instruction;
      if (keyword !== 'ADD' || /(^|\s)--checksum=/.test(rest)) continue;
      const vars = seen.get(instruction)!;
      for (const source of addSources(rest)) {
        const url = substitute(source, vars);
        const known = referencedNames(source).every((n) => vars.has(n));
        // A source built from a variable this reading cannot know may be a URL too.
        const kind = remoteKind(url) ?? (known ? undefined : 'http');
        if (kind) out.push({ url, kind, known });
      }
    }
  }
  return out;
}

/** ADD's sources: every argument but the last, flags dropped; the JSON form too. */
function addSources(rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const list = JSON.parse(rest) as unknown;
      if (Array.isArray(list) && list.every((w) => typeof w === 'string')) return list.slice(0, -1) as string[];
    } catch {
      // Not JSON after all: BuildKit then reads it as the shell form.
    }
  }
  const words = rest.split(/\s+/).filter(Boolean);
  let first = 0;
  while (words[first]?.startsWith('--')) first++;
  return words.slice(first, -1);
}

// As BuildKit's dockerfile frontend tells them apart: git transports and `.git` repositories
// first, then any http(s) URL.
function remoteKind(source: string): RemoteSource['kind'] | undefined {
  if (/^(git@|git:\/\/|ssh:\/\/)/i.test(source)) return 'git';
  if (!/^https?:\/\//i.test(source)) return undefined;
  return /\.git(#|$)/i.test(source) ? 'git' : 'http';
}

function referencedNames(word: string): string[] {
  return [...word.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)].map((m) => (m[1] ?? m[2])!);
}
