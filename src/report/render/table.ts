/**
 * A GFM table. Cells must already be inert Markdown on one line (inertText, codeSpan or our own
 * numbers): this only joins them. `right` lists the columns to align right (numbers).
 */
export function markdownTable(header: string[], rows: string[][], right: number[] = []): string {
  const align = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align), ...rows.map(line)].join('\n');
}
