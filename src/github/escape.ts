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
