/**
 * Escapes text for GitHub's job summaries and comments, which render HTML: core.summary's
 * addTable and addRaw insert text as-is, and values such as a tag read from an overlay or a
 * program's output are not ours to trust.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
