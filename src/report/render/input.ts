import type { Conclusion, RunRecord } from '../../record/types.js';

/** Which way a metric should move: `--metric K:lower|higher`. */
export interface MetricDirection {
  key: string;
  better: 'lower' | 'higher';
}

/** What `renderReport` needs: the run, its baseline and trend, and how to judge changes. */
export interface ReportInput {
  record: RunRecord;
  experiment: string;
  /** The same experiment's record at the pull request's base, when one was found. */
  baseline: RunRecord | null;
  /** Up to 20 stored records of the experiment, oldest first (the current run is added if absent). */
  trend: RunRecord[];
  metrics: MetricDirection[];
  /** A change beyond this many percent in a metric's worse direction is a regression. */
  thresholdPct: number;
  /** A regression fails the report's conclusion (and so the check): a merge gate. */
  failOnRegression?: boolean;
  /** The trend is shown open (default branch) or folded (pull request comment). */
  trendOpen: boolean;
  /** Where the full report is (job summary, run page), linked from what the comment leaves out. */
  summaryUrl: string | null;
}

/** The report in each form GitHub shows it. */
export interface RenderedReport {
  /** The run's conclusion, or `failure` when a regression fails the gate (`failOnRegression`). */
  conclusion: Conclusion;
  /** One plain line, e.g. `success: 8/8 shards succeeded in 12.3s`. */
  headline: string;
  /** Markdown, at most COMMENT_BUDGET characters. */
  comment: string;
  /** The full report for GITHUB_STEP_SUMMARY, under SUMMARY_BUDGET bytes. */
  summary: string;
  /** Metrics that moved beyond the threshold in their worse direction, one line each. */
  regressions: string[];
}
