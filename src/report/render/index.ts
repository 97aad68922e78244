// The rendering half of `pinship report`: a run record (with its baseline and trend) as Markdown
// for a pull-request comment and a job summary, as JSON, and as an HTML preview.
export type { MetricDirection, RenderedReport, ReportInput } from './input.js';
export { COMMENT_BUDGET, SUMMARY_BUDGET, renderReport } from './report.js';
export { reportJson } from './json.js';
export { renderHtmlPage } from './html.js';
