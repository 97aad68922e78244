/**
 * Go's `filepath.Match` for one file name, which fsutil's FollowLinks uses to expand a wildcard
 * follow path (`COPY *.txt`) one component at a time. Its syntax is not a shell glob's: `[^a]`
 * negates, `[!a]` does not, `\` escapes, and there are no braces; a malformed pattern (`[`, `a\`,
 * `[]a]`, `[-a]`) matches nothing, as `ok, _ := filepath.Match(...)` reads it.
 */
export function nameMatches(pattern: string, name: string): boolean {
  const tokens = parsePattern(pattern);
  return tokens !== undefined && matchTokens(tokens, [...name]);
}

/** fsutil's containsWildcards: whether a name holds `*`, `?` or `[` not escaped by `\`. */
export function hasWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

type Token =
  | { kind: 'star' }
  | { kind: 'any' }
  | { kind: 'char'; char: string }
  | { kind: 'class'; negated: boolean; ranges: [number, number][] };

function parsePattern(pattern: string): Token[] | undefined {
  const chars = [...pattern];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; ) {
    const c = chars[i++]!;
    if (c === '*') tokens.push({ kind: 'star' });
    else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const parsed = parseClass(chars, i);
      if (!parsed) return undefined;
      tokens.push(parsed.token);
      i = parsed.next;
    } else if (c === '\\') {
      if (i >= chars.length) return undefined;
      tokens.push({ kind: 'char', char: chars[i++]! });
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

// `[` [`^`] { lo [`-` hi] } `]`, after the `[`; lo and hi are a character other than `-` and `]`, or `\` and any.
function parseClass(chars: string[], start: number): { token: Token; next: number } | undefined {
  let i = start;
  const negated = chars[i] === '^';
  if (negated) i++;
  const ranges: [number, number][] = [];
  for (;;) {
    if (chars[i] === ']' && ranges.length) return { token: { kind: 'class', negated, ranges }, next: i + 1 };
    const lo = classChar(chars, i);
    if (!lo) return undefined;
    let hi = lo;
    if (chars[lo.next] === '-') {
      const end = classChar(chars, lo.next + 1);
      if (!end) return undefined;
      hi = end;
    }
    ranges.push([lo.codePoint, hi.codePoint]);
    i = hi.next;
  }
}

function classChar(chars: string[], i: number): { codePoint: number; next: number } | undefined {
  let c = chars[i];
  let next = i + 1;
  if (c === undefined || c === '-' || c === ']') return undefined;
  if (c === '\\') {
    c = chars[next++];
    if (c === undefined) return undefined;
  }
  return { codePoint: c.codePointAt(0)!, next };
}

// Backtracking to the last `*` only: enough when every other token matches exactly one character.
function matchTokens(tokens: Token[], chars: string[]): boolean {
  let t = 0;
  let c = 0;
  let starToken = -1;
  let starChar = 0;
  while (c < chars.length) {
    const token = tokens[t];
    if (token?.kind === 'star') {
      starToken = t++;
      starChar = c;
    } else if (token && matchesOne(token, chars[c]!)) {
      t++;
      c++;
    } else if (starToken >= 0) {
      t = starToken + 1;
      c = ++starChar;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

function matchesOne(token: Exclude<Token, { kind: 'star' }>, char: string): boolean {
  if (token.kind === 'any') return true;
  if (token.kind === 'char') return token.char === char;
  const codePoint = char.codePointAt(0)!;
  return token.ranges.some(([lo, hi]) => lo <= codePoint && codePoint <= hi) !== token.negated;
}
