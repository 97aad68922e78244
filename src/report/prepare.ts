import type { Logger } from '../log/logger.js';
import { readRunRecord } from '../record/read.js';
import type { RunRecord } from '../record/types.js';
import { mergeBase } from '../git/log.js';
import { findBaseline, findTrend } from './history.js';
import { formatMarker, markerFor, type Marker } from './marker.js';
import { openStoredRecords, type RecordsBranch } from './records-branch.js';
import { renderReport, type MetricDirection, type RenderedReport, type ReportInput } from './render/index.js';

export interface PrepareOptions {
  /** The run record file (`--run`). */
  run: string;
  experiment: string;
  /** A record file to compare against instead of the stored one (`--baseline`). */
  baseline?: string;
  metrics: MetricDirection[];
  thresholdPct: number;
  /** A regression makes the conclusion (and the check) `failure`: a merge gate. */
  failOnRegression?: boolean;
  /** The records branch in a clone of the repository; undefined outside a clone (no baseline, no trend). */
  records?: RecordsBranch;
  /** The pull request's base and head commits, when reporting on one. */
  pullRequest?: { baseSha?: string; headSha?: string };
  /** Link to the full report (the job's run page). */
  summaryUrl: string | null;
  log: Logger;
}

/** The run rendered for every surface, with the marker its comment starts with. */
export interface PreparedReport {
  record: RunRecord;
  input: ReportInput;
  rendered: RenderedReport;
  marker: Marker;
  /** The comment as posted: the marker line, then the rendered comment. */
  body: string;
  /** Stored records left out of the baseline and trend (unreadable or invalid), each with why. */
  leftOut: string[];
}

/** Reads the record (hostile input: validated), finds its baseline and trend, renders it. */
export async function prepareReport(options: PrepareOptions): Promise<PreparedReport> {
  const { log } = options;
  const record = await readRunRecord(options.run);
  const { baseline, trend, leftOut } = await history(options, record);
  const input: ReportInput = {
    record,
    experiment: options.experiment,
    baseline,
    trend,
    metrics: options.metrics,
    thresholdPct: options.thresholdPct,
    failOnRegression: options.failOnRegression,
    trendOpen: options.pullRequest === undefined,
    summaryUrl: options.summaryUrl,
  };
  const rendered = renderReport(input);
  const marker = markerFor(record, options.experiment);
  log.info(rendered.headline);
  for (const line of rendered.regressions) log.warn(`regression: ${line}`);
  return { record, input, rendered, marker, body: `${formatMarker(marker)}\n${rendered.comment}`, leftOut };
}

/**
 * The baseline: `--baseline FILE`, else the stored record at the pull request's merge-base (or
 * the nearest ancestor that has one); for a push, at the pushed commit or before it. The trend
 * follows the same history.
 */
async function history(
  options: PrepareOptions,
  record: RunRecord,
): Promise<{ baseline: RunRecord | null; trend: RunRecord[]; leftOut: string[] }> {
  const { log, records } = options;
  const fromFile = options.baseline ? await readRunRecord(options.baseline) : undefined;
  if (!records) {
    if (!fromFile)
      log.info('no baseline or trend: not in a clone with an origin remote (the records branch is read with git)');
    return { baseline: fromFile ?? null, trend: [], leftOut: [] };
  }
  const stored = await openStoredRecords(records, options.experiment);
  const pr = options.pullRequest;
  const start = pr
    ? (pr.baseSha && pr.headSha && (await mergeBase(records.dir, pr.baseSha, pr.headSha))) || pr.baseSha
    : (record.source.commit ?? undefined);
  const trend = await findTrend(records.dir, stored, start, record.id);
  if (fromFile) return { baseline: fromFile, trend, leftOut: stored.leftOut };
  const found = await findBaseline(records.dir, stored, start, record.id);
  log.info(found.note);
  return { baseline: found.record, trend, leftOut: stored.leftOut };
}
