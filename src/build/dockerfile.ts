import { parseArgs, parseEnv, readInstructions, substitute } from '../docker/dockerfile-syntax.js';

/**
 * What the input digest needs from a Dockerfile: the images it builds from. Instructions are read
 * as BuildKit's parser reads them for this purpose: comments and blank lines dropped, `\`
 * continuations joined, global `ARG`s (before the first FROM) substituted into FROM with the
 * build args overriding their defaults. Stage names and `scratch` are not images.
 */
export function baseImages(dockerfile: string, buildArgs: Readonly<Record<string, string>>): string[] {
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const images = new Set<string>();
  let seenFrom = false;
  for (const { keyword, rest } of readInstructions(dockerfile)) {
    if (keyword === 'ARG' && !seenFrom) {
      for (const [name, value] of parseArgs(rest)) {
        // A default may use the ARGs declared before it (`ARG IMAGE=base:${TAG}`).
        args.set(name, Object.hasOwn(buildArgs, name) ? buildArgs[name]! : substitute(value ?? '', args));
      }
    } else if (keyword === 'FROM') {
      seenFrom = true;
      const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = substitute(words[0] ?? '', args);
      if (words[1]?.toUpperCase() === 'AS' && words[2]) stages.add(words[2].toLowerCase());
      if (image && !stages.has(image.toLowerCase()) && image !== 'scratch') {
        images.add(image);
      }
    } else if (keyword === 'COPY' || keyword === 'RUN') {
      // COPY --from=<image> and RUN --mount=…,from=<image> name images too (stages and indexes excepted).
      for (const m of rest.matchAll(/--(?:from=(\S+)|mount=\S*?\bfrom=([^,\s]+))/g)) {
        const ref = substitute(m[1] ?? m[2] ?? '', args);
        if (ref && !/^\d+$/.test(ref) && !stages.has(ref.toLowerCase())) images.add(ref);
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
 * their defaults) and ENVs declared before the instruction.
 */
export function remoteSources(dockerfile: string, buildArgs: Readonly<Record<string, string>>): RemoteSource[] {
  const globals = new Map<string, string>();
  let vars: Map<string, string> | undefined;
  const out: RemoteSource[] = [];
  for (const { keyword, rest } of readInstructions(dockerfile)) {
    if (keyword === 'FROM') vars = new Map();
    else if (keyword === 'ARG') {
      for (const [name, value] of parseArgs(rest)) {
        const fallback = vars ? globals.get(name) : undefined;
        const given = Object.hasOwn(buildArgs, name) ? buildArgs[name] : undefined;
        const set = given ?? (value === undefined ? fallback : substitute(value, vars ?? globals));
        if (set !== undefined) (vars ?? globals).set(name, set);
      }
    } else if (keyword === 'ENV' && vars) {
      for (const [name, value] of parseEnv(rest)) vars.set(name, substitute(value, vars));
    } else if (keyword === 'ADD' && vars && !/(^|\s)--checksum=/.test(rest)) {
      for (const source of addSources(rest)) {
        const url = substitute(source, vars);
        const known = referencedNames(source).every((n) => vars!.has(n));
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
