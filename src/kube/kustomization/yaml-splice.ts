import {
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/**
 * Text edits on a YAML file that the `yaml` Document located. We never re-stringify the
 * Document: it would re-quote, re-indent and re-flow the author's file (the argocd-image-updater
 * counter-example in STYLE.md). Instead each edit is a splice of new text into the original.
 */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The layout conventions of one file, so that added lines look like the author's. */
export interface TextStyle {
  eol: '\n' | '\r\n';
}

export function textStyle(text: string): TextStyle {
  return { eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * Applies non-overlapping splices to `text`. Insertions at the same offset land in the order
 * they are listed (two image entries appended after the same line, `images:` then `patches:`
 * at the end of the file).
 */
export function applySplices(text: string, splices: Splice[]): string {
  const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  let limit = Infinity;
  for (const s of sorted) {
    if (s.end > limit) throw new Error(`overlapping edits at offset ${s.start}`);
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    limit = s.start;
  }
  return out;
}

function lineStartOf(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

function columnOf(text: string, i: number): number {
  return i - lineStartOf(text, i);
}

/** 1-based line number of offset `i`. */
export function lineOf(text: string, i: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < i; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The offset just after the line break ending the line that holds offset `end - 1`. */
export function afterLineOf(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * Where lines added at the end of the document go: before a `...` document end marker (what
 * follows it would be a second document, which kustomize ignores), else the end of the text.
 */
export function documentEnd(text: string, doc: Document): number {
  if (!doc.directives?.docEnd) return text.length;
  const marker = /^\.\.\.(?=[ \t]|\r?$)/gm;
  marker.lastIndex = doc.range?.[1] ?? 0;
  return marker.exec(text)?.index ?? text.length;
}

/**
 * Inserts whole lines at `pos` (a line start, or the end of a file without a final newline,
 * in which case the file keeps having no final newline).
 */
export function insertLines(text: string, pos: number, lines: string[], style: TextStyle): Splice {
  const body = lines.join(style.eol);
  if (pos === text.length && text.length > 0 && !text.endsWith('\n')) {
    return { start: pos, end: pos, text: style.eol + body };
  }
  return { start: pos, end: pos, text: body + style.eol };
}

const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|\.inf|-\.inf|\.nan)$/i;
const NUMERIC = /^[-+]?(?:[\d_]+(?:\.[\d_]*)?|\.[\d_]+)(?:[eE][-+]?\d+)?$|^0[xo]/i;
const PLAIN_SAFE = /^[\w./][\w./:@+-]*$/;

/** True when `value` reads back as the same string without quotes, in block and flow context. */
function isPlainSafe(value: string): boolean {
  return PLAIN_SAFE.test(value) && !RESERVED.test(value) && !NUMERIC.test(value) && !value.endsWith(':');
}

/** Formats a string scalar in the quoting style of `like` (or plain when it is safe). */
export function formatScalar(value: string, like?: Scalar): string {
  if (like?.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (like?.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/** Replaces the value of `pair` (a scalar, an alias or an empty value) with `value`. */
export function setPairValue(text: string, pair: Pair, value: string): Splice {
  const node = pair.value as Node | null;
  const like = isScalar(node) ? node : undefined;
  const formatted = formatScalar(value, like);
  if (!node?.range || (isScalar(node) && node.range[0] === node.range[1])) {
    // `newTag:` with no value: write after the colon.
    const keyEnd = (pair.key as Node).range![1];
    const colon = text.indexOf(':', keyEnd);
    return { start: colon + 1, end: colon + 1, text: ` ${formatted}` };
  }
  return { start: node.range[0], end: node.range[1], text: formatted };
}

function valueEnd(pair: Pair): number {
  const v = pair.value as Node | null;
  return v?.range ? v.range[1] : (pair.key as Node).range![1];
}

/** Removes `pair` from `map`, with its line when it has one of its own. */
export function removePair(text: string, map: YAMLMap, pair: Pair): Splice {
  const index = map.items.indexOf(pair);
  const keyStart = (pair.key as Node).range![0];
  const next = map.items[index + 1];
  if (map.flow) {
    const prev = map.items[index - 1];
    if (prev) return { start: valueEnd(prev), end: valueEnd(pair), text: '' };
    if (next) return { start: keyStart, end: (next.key as Node).range![0], text: '' };
    return { start: keyStart, end: valueEnd(pair), text: '' };
  }
  const ls = lineStartOf(text, keyStart);
  if (text.slice(ls, keyStart).trim() === '') {
    return { start: ls, end: afterLineOf(text, valueEnd(pair)), text: '' };
  }
  // The pair shares its line with a `- ` item marker: pull the next key up onto that line.
  if (next) return { start: keyStart, end: (next.key as Node).range![0], text: '' };
  return { start: keyStart, end: valueEnd(pair), text: '' };
}

/**
 * Adds `key: value` (the value already formatted) at the end of a flow map `{...}`. Into an
 * empty `{}` the pair goes with a trailing comma, so that a second one added at the same
 * offset (`images`, then `patches`) still reads as a separate pair.
 */
export function addFlowPair(map: YAMLMap, key: string, value: string): Splice {
  const last = map.items[map.items.length - 1];
  if (!last) return { start: map.range![0] + 1, end: map.range![0] + 1, text: `${key}: ${value}, ` };
  return { start: valueEnd(last), end: valueEnd(last), text: `, ${key}: ${value}` };
}

/** Replaces a whole `key: value` pair with another one in place (`newTag: v1` -> `digest: ...`). */
export function replacePair(pair: Pair, key: string, value: string): Splice {
  const like = isScalar(pair.value) ? pair.value : undefined;
  return { start: (pair.key as Node).range![0], end: valueEnd(pair), text: `${key}: ${formatScalar(value, like)}` };
}

/** Adds `key: value` pairs at the end of `map`, in its flow or block style. */
export function addPairs(text: string, map: YAMLMap, pairs: [string, string][], style: TextStyle): Splice {
  const last = map.items[map.items.length - 1];
  if (!last) throw new Error('cannot add to an empty map');
  if (map.flow) {
    const added = pairs.map(([k, v]) => `, ${k}: ${formatScalar(v)}`).join('');
    return { start: valueEnd(last), end: valueEnd(last), text: added };
  }
  const indent = ' '.repeat(columnOf(text, (map.items[0]!.key as Node).range![0]));
  const lines = pairs.map(([k, v]) => `${indent}${k}: ${formatScalar(v)}`);
  return insertLines(text, afterLineOf(text, valueEnd(last)), lines, style);
}

/** The end of a sequence item's own text (a map's last value, or the node). */
function itemEnd(item: unknown): number {
  if (isMap(item) && !item.flow && item.items.length > 0) return valueEnd(item.items[item.items.length - 1]!);
  return (item as Node).range![1];
}

/** How the file indents block sequences under a key: `key:\n- a` (0) or `key:\n  - a` (2). */
export function sequenceIndent(text: string, root: YAMLMap): number {
  for (const pair of root.items) {
    const v = pair.value;
    if (isSeq(v) && !v.flow && v.range) {
      return columnOf(text, v.range[0]) - columnOf(text, (pair.key as Node).range![0]);
    }
  }
  return 0;
}

/** Appends an item, given as block lines relative to the item (first line after `- `), to `seq`. */
export function appendSeqItem(text: string, seq: YAMLSeq, block: string[], flow: string, style: TextStyle): Splice {
  const last = seq.items[seq.items.length - 1];
  if (seq.flow) {
    if (!last) return { start: seq.range![0] + 1, end: seq.range![0] + 1, text: flow };
    const end = (last as Node).range![1];
    return { start: end, end, text: `, ${flow}` };
  }
  if (!last) throw new Error('cannot append to an empty block sequence');
  const dash = columnOf(text, seq.range![0]);
  if (isMap(last) && last.flow) {
    return insertLines(
      text,
      afterItemComments(text, afterLineOf(text, itemEnd(last)), dash),
      [`${' '.repeat(dash)}- ${flow}`],
      style,
    );
  }
  const inner = isMap(last) && last.items[0] ? columnOf(text, (last.items[0].key as Node).range![0]) - dash : 2;
  const lines = block.map((line, i) =>
    i === 0 ? `${' '.repeat(dash)}-${' '.repeat(inner - 1)}${line}` : `${' '.repeat(dash + inner)}${line}`,
  );
  return insertLines(text, afterItemComments(text, afterLineOf(text, itemEnd(last)), dash), lines, style);
}

/**
 * Past the comment lines that still belong to the last item (indented deeper than its `- `),
 * so that a new item goes after them instead of taking them over.
 */
function afterItemComments(text: string, pos: number, dash: number): number {
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl === -1 ? text.length : nl);
    const indent = line.length - line.trimStart().length;
    if (!line.trimStart().startsWith('#') || indent <= dash || nl === -1) return pos;
    pos = nl + 1;
  }
}

/** Lines for a new block sequence under a key at column `keyColumn`. */
export function blockSequenceLines(block: string[][], keyColumn: number, seqIndent: number): string[] {
  const dash = ' '.repeat(keyColumn + seqIndent);
  return block.flatMap((item) => item.map((line, i) => (i === 0 ? `${dash}- ${line}` : `${dash}  ${line}`)));
}
