import { codeBlock } from '../../github/escape.js';

/** One line chart: a title, an axis label per axis, and the points. */
export interface LineChart {
  title: string;
  yLabel: string;
  /** Either a numeric x range (seconds since start) or one category label per point. */
  x: { label: string; from: number; to: number } | { categories: string[] };
  values: number[];
}

/**
 * A ```mermaid block with an `xychart-beta` line chart, which GitHub draws natively. Titles and
 * labels may carry user text (metric names): they are reduced to characters that cannot end a
 * quoted Mermaid string or start a directive, and every number is printed by us.
 */
export function mermaidChart(chart: LineChart): string {
  const x =
    'categories' in chart.x
      ? `x-axis [${chart.x.categories.map((c) => `"${mermaidText(c)}"`).join(', ')}]`
      : `x-axis "${mermaidText(chart.x.label)}" ${chartNumber(chart.x.from)} --> ${chartNumber(chart.x.to)}`;
  const lines = [
    ...CONFIG,
    'xychart-beta',
    `  title "${mermaidText(chart.title)}"`,
    `  ${x}`,
    `  y-axis "${mermaidText(chart.yLabel)}"`,
    `  line [${chart.values.map(chartNumber).join(', ')}]`,
  ];
  return codeBlock(lines, 'mermaid');
}

// Mermaid's default palette starts with a near-white line; a blue one reads on GitHub's light and
// dark backgrounds. A shorter chart than the default 500 px keeps the comment scannable.
const CONFIG = [
  '---',
  'config:',
  '  xyChart: { width: 700, height: 320 }',
  '  themeVariables:',
  '    xyChart: { plotColorPalette: "#0969da" }',
  '---',
];

/**
 * Text for a Mermaid label: letters, digits, spaces and `_ . , : / ( ) + -` only (no quotes, `%`,
 * brackets, semicolons, `%%` directives or line breaks), at most 60 characters.
 */
export function mermaidText(text: string): string {
  const safe = text
    .replace(/[^\p{L}\p{N} _.,:/()+-]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return safe.length > 60 ? `${safe.slice(0, 59)}…` : safe || '_';
}

/** A finite number with at most 4 significant digits (charts need no more), never in e-notation. */
export function chartNumber(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) < 1e-9) return '0';
  const n = Number(value.toPrecision(4));
  const text = String(n);
  return text.includes('e') ? n.toFixed(12).replace(/\.?0+$/, '') : text;
}
