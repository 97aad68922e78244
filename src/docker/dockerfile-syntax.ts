/** One Dockerfile instruction: its keyword upper-cased, the rest with continuation lines joined. */
export interface Instruction {
  keyword: string;
  rest: string;
  /** The 1-based line the instruction starts on. */
  line: number;
}

/**
 * Dockerfile instructions as BuildKit's parser reads them: comments and blank lines dropped, also
 * inside a continued instruction, continuation lines joined. The continuation character is `\\`,
 * or the one a leading `# escape=` parser directive names. The bodies of heredocs (`RUN <<EOF`,
 * `COPY <<-EOF`, `ADD`) are skipped: their lines are no instructions.
 */
export function readInstructions(dockerfile: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = dockerfile.split(/\r?\n/);
  const continuation = escapeDirective(lines);
  let pending: { text: string; line: number } | undefined;
  let heredocs: Heredoc[] = [];
  for (const [i, raw] of lines.entries()) {
    if (heredocs.length > 0) {
      if (endsHeredoc(raw, heredocs[0]!)) heredocs.shift();
      continue;
    }
    const line = raw.trim();
    // Comments and blank lines, also inside a continued instruction (BuildKit skips an empty
    // continuation line with a warning).
    if (line === '' || line.startsWith('#')) continue;
    const start = pending ?? { text: '', line: i + 1 };
    if (line.endsWith(continuation)) {
      pending = { text: `${start.text}${line.slice(0, -1)} `, line: start.line };
      continue;
    }
    pending = undefined;
    const instruction = push(out, start.text + line, start.line);
    if (instruction) heredocs = heredocsOf(instruction);
  }
  // A continuation on the last line: the instruction ends with the file.
  if (pending) push(out, pending.text, pending.line);
  return out;
}

function push(out: Instruction[], text: string, line: number): Instruction | undefined {
  const m = /^(\S+)\s*(.*)$/.exec(text.trim());
  if (!m) return undefined;
  const instruction = { keyword: m[1]!.toUpperCase(), rest: m[2]!, line };
  out.push(instruction);
  return instruction;
}

/** A heredoc an instruction opens: its delimiter, and whether leading tabs are stripped (`<<-`). */
interface Heredoc {
  name: string;
  chomp: boolean;
}

// BuildKit reads heredocs in RUN, COPY and ADD, as words of their own: `<<EOF`, `<<-EOF`,
// `<<"EOF"`, `2<<EOF` (frontend/dockerfile/parser: heredocDirectives, reHeredoc).
function heredocsOf(instruction: Instruction): Heredoc[] {
  if (!['RUN', 'COPY', 'ADD'].includes(instruction.keyword)) return [];
  const words = /(?:^|\s)\d*<<(-?)(["']?)([^\s<"']+)\2(?=\s|$)/g;
  return [...instruction.rest.matchAll(words)].map((m) => ({ name: m[3]!, chomp: m[1] === '-' }));
}

function endsHeredoc(raw: string, heredoc: Heredoc): boolean {
  const line = heredoc.chomp ? raw.replace(/^\t+/, '') : raw;
  return line.replace(/\r$/, '') === heredoc.name;
}

// Parser directives (`# name=value`) count only in the first lines, before any blank line,
// other comment or instruction; `escape` is `\` or a backtick.
function escapeDirective(lines: readonly string[]): string {
  for (const line of lines) {
    const m = /^#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(line.trim());
    if (!m) break;
    if (m[1]!.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) return m[2];
  }
  return '\\';
}

/** `ARG A=1 B` -> [[A, '1'], [B, undefined]] (values may be quoted). */
export function parseArgs(rest: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (const m of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:=("[^"]*"|'[^']*'|\S*))?/g)) {
    const value = m[2]?.replace(/^(["'])(.*)\1$/, '$2');
    out.push([m[1]!, value]);
  }
  return out;
}

/** `ENV A=1 B="two words"` and the old `ENV A one value` form. */
export function parseEnv(rest: string): [string, string][] {
  const old = /^([A-Za-z_][A-Za-z0-9_]*)\s+([^=]*)$/.exec(rest);
  if (old && !rest.includes('=')) return [[old[1]!, old[2]!.trim()]];
  return parseArgs(rest).map(([name, value]) => [name, value ?? '']);
}

/** `$X`, `${X}`, `${X:-default}` and `${X:+alternative}`, as BuildKit's shell lexer expands them. */
export function substitute(word: string, args: ReadonlyMap<string, string>): string {
  return word.replace(VARIABLE, (_, braced?: string, op?: string, alt?: string, bare?: string) => {
    const value = args.get((braced ?? bare)!) ?? '';
    if (op === '-') return value || (alt ?? '');
    if (op === '+') return value ? (alt ?? '') : '';
    return value;
  });
}

/** A variable reference: `${NAME}`, `${NAME:-word}`, `${NAME:+word}` or `$NAME`. */
export const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
