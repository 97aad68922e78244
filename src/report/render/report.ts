import { headline } from '../../record/summary.js';
import { failuresSection, invalidLinesSection } from './failures.js';
import { glanceSection } from './glance.js';
import type { RenderedReport, ReportInput } from './input.js';
import { COMMENT_LEVELS, SUMMARY_LEVELS, type Limits } from './limits.js';
import { buildModel, type ReportModel } from './model.js';
import { regressionLines } from './regressions.js';
import { resourcesSection } from './resources-section.js';
import { resultsSection } from './results-section.js';
import { rolloutsSection } from './rollouts-section.js';
import { shardsSection } from './shards-section.js';
import { trendSection } from './trend.js';

/**
 * GitHub refuses comment bodies over 65,536 characters; the rest is left for the hidden marker
 * the poster adds. Lengths are counted in UTF-16 code units, never fewer than GitHub's count.
 */
export const COMMENT_BUDGET = 65_000;
/** GitHub drops a step summary over 1 MiB (bytes); kept well below. */
export const SUMMARY_BUDGET = 1_000_000;

/** The run record as a pull-request comment, a job summary, a headline and its regressions. */
export function renderReport(input: ReportInput): RenderedReport {
  const model = buildModel(input);
  const regressions = regressionLines(model);
  const comment = fit(
    COMMENT_LEVELS,
    (limits) => markdown(model, regressions, limits, input.trendOpen),
    (text) => text.length <= COMMENT_BUDGET,
  );
  const summary = fit(
    SUMMARY_LEVELS,
    (limits) => markdown(model, regressions, limits, true),
    (text) => Buffer.byteLength(text) <= SUMMARY_BUDGET,
  );
  const gated = input.failOnRegression && regressions.length > 0 && input.record.conclusion === 'success';
  const headline = gated
    ? `${reportHeadline(model)}; ${regressions.length} regression(s) fail the gate`
    : reportHeadline(model);
  return { conclusion: gated ? 'failure' : input.record.conclusion, headline, comment, summary, regressions };
}

/** The run's headline (as `pinship run` logs it), with its rollouts when it had any. */
function reportHeadline(model: ReportModel): string {
  const rollouts = model.record.rollouts;
  if (rollouts.length === 0) return headline(model.record);
  const ok = rollouts.filter((r) => r.conclusion === 'success').length;
  return `${headline(model.record)}; rollouts ${ok}/${rollouts.length} succeeded`;
}

/** Renders at each level in turn, most detailed first, and keeps the first that fits. */
function fit(levels: Limits[], render: (limits: Limits) => string, fits: (text: string) => boolean): string {
  for (const limits of levels) {
    const text = render(limits);
    if (fits(text)) return text;
  }
  // The last level lists no per-item text; it only fails to fit if its bounds are wrong.
  throw new Error('report does not fit its budget at its smallest level');
}

function markdown(model: ReportModel, regressions: string[], limits: Limits, trendOpen: boolean): string {
  const sections = [
    glanceSection(model, regressions),
    regressionsSection(regressions, limits),
    rolloutsSection(model),
    resultsSection(model, limits),
    resourcesSection(model, limits),
    failuresSection(model, limits),
    invalidLinesSection(model, limits),
    shardsSection(model, limits),
    limits.charts ? trendSection(model, trendOpen) : '',
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

function regressionsSection(regressions: string[], limits: Limits): string {
  if (regressions.length === 0) return '';
  const shown = regressions.slice(0, Math.max(limits.keys, 5));
  const more = regressions.length > shown.length ? [`- …and ${regressions.length - shown.length} more`] : [];
  return ['#### ⚠️ Regressions', '', ...shown.map((r) => `- ${r}`), ...more].join('\n');
}
