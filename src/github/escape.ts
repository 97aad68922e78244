/**
 * Escapes text for GitHub's job summaries and comments, which render HTML: core.summary's
 * addTable and addRaw insert text as-is, and values such as a tag read from an overlay or a
 * program's output are not ours to trust. Line breaks become character references too: a blank
 * line would end the HTML block the text sits in, and what follows would render as Markdown.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/**
 * One line of a job summary as an HTML block (`<p>`), so that GitHub renders no Markdown in it
 * (CommonMark: the content of an HTML block is raw HTML). `html` must be escaped already.
 */
export function summaryLine(html: string): string {
  return `<p>${html}</p>`;
}

// U+2060 WORD JOINER: invisible, and neither a word character nor one allowed in a user name,
// a domain or an issue number, so GitHub's mention and reference filters (which run on the
// rendered HTML's text, entities decoded) and cmark-gfm's email autolinks all stop at it.
const JOINER = '\u2060';
// C0/C1 controls other than tab and line breaks, and bidirectional overrides ("Trojan Source").
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Breaks `@name` (mentions, emails) and `#12` / `GH-12` (issue references) with a word joiner. */
function breakReferences(text: string): string {
  return text.replace(/@/g, `@${JOINER}`).replace(/(#|GH-)(?=\d)/gi, `$1${JOINER}`);
}

/** Drops control and bidi-override characters, which have no business in a comment. */
function dropControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** Cuts `text` to at most `max` characters, marking the cut with an ellipsis. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  // Never between the two halves of a surrogate pair (an emoji would become U+FFFD).
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]!)) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Untrusted text as inert inline Markdown on one line (a paragraph, a table cell): every ASCII
 * punctuation character is backslash-escaped (CommonMark allows it for all of them), so no
 * emphasis, link, HTML, entity, code span or table pipe can start, and `www.`/`http://` autolinks
 * need an unescaped `.`/`:`; line breaks become spaces, and references are broken.
 */
export function inertText(text: string, max = 200): string {
  const line = cut(dropControls(text).replace(/\s+/g, ' ').trim(), max);
  return breakReferences(line).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Untrusted text inside HTML (a `<summary>`, a `<p>`): escaped, on one line, references broken. */
export function inertHtml(text: string, max = 200): string {
  return breakReferences(escapeHtml(cut(dropControls(text).replace(/\s+/g, ' ').trim(), max)));
}

/**
 * Untrusted text as a code span, safe in a table cell: a backtick fence longer than any run in
 * the text, pipes escaped (GFM splits cells before it reads code spans), one line. GitHub links
 * no mentions or references inside `<code>`.
 */
export function codeSpan(text: string, max = 200): string {
  const line = cut(dropControls(text).replace(/\s+/g, ' ').trim(), max).replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestRun(line, '`') + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line || ' '}${pad}${fence}`;
}

/**
 * Untrusted lines as a fenced code block: the fence is longer than any backtick run inside, so
 * no line can close it (nor the `<details>` around it: HTML inside a code block is text).
 */
export function codeBlock(lines: string[], info = ''): string {
  const body = lines.map((l) => dropControls(l).replace(/\r/g, '')).join('\n');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
