import type { ReportModel } from './model.js';

/** A line saying what was left out, pointing to the full report when there is one. */
export function moreLine(model: ReportModel, what: string): string {
  const url = model.input.summaryUrl;
  // Our own URL (the run's page), but checked: it sits in a link destination.
  const link = url && /^https?:\/\/[^\s<>()\\]+$/.test(url) ? `[the job summary](${url})` : 'the job summary';
  return `_…and ${what}: see ${link}._`;
}
