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
  for (const { keyword, rest } of instructions(dockerfile)) {
    if (keyword === 'ARG' && !seenFrom) {
      for (const [name, value] of parseArgs(rest)) {
        args.set(name, Object.hasOwn(buildArgs, name) ? buildArgs[name]! : (value ?? ''));
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

/** Dockerfile instructions with their keyword upper-cased and continuation lines joined. */
function instructions(dockerfile: string): { keyword: string; rest: string }[] {
  const out: { keyword: string; rest: string }[] = [];
  let pending = '';
  for (const raw of dockerfile.split(/\r?\n/)) {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) continue;
    if (pending && line.startsWith('#')) continue; // comments inside a continued instruction
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const text = (pending + line).trim();
    pending = '';
    const m = /^(\S+)\s*(.*)$/.exec(text);
    if (m) out.push({ keyword: m[1]!.toUpperCase(), rest: m[2]! });
  }
  return out;
}

/** `ARG A=1 B` -> [[A, '1'], [B, undefined]] (values may be quoted). */
function parseArgs(rest: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (const m of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:=("[^"]*"|'[^']*'|\S*))?/g)) {
    const value = m[2]?.replace(/^(["'])(.*)\1$/, '$2');
    out.push([m[1]!, value]);
  }
  return out;
}

/** `$X`, `${X}`, `${X:-default}` and `${X:+alternative}`, as BuildKit's shell lexer expands them. */
function substitute(word: string, args: ReadonlyMap<string, string>): string {
  return word.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_, braced: string | undefined, op: string | undefined, alt: string | undefined, bare: string | undefined) => {
      const value = args.get((braced ?? bare)!) ?? '';
      if (op === '-') return value || (alt ?? '');
      if (op === '+') return value ? (alt ?? '') : '';
      return value;
    },
  );
}
