import { timesAreARun } from '../../record/not-rerun.js';
import type { RunRecord } from '../../record/types.js';
import { aggregateResults } from './aggregate.js';
import { compareKeys, type Better, type KeyComparison } from './compare.js';
import type { ReportInput } from './input.js';
import { resourceFigures, resourceRows, type ResourceFigures, type ResourceRow } from './resources.js';
import { usageSeries, type UsageSeries } from './series.js';

/** Points of the usage charts: enough to see phases of a run, small enough for the comment. */
export const CHART_POINTS = 60;
/** Records in the trend chart. */
export const TREND_RECORDS = 20;

/** Everything the report shows, computed once; sections only format it. */
export interface ReportModel {
  input: ReportInput;
  record: RunRecord;
  keys: KeyComparison[];
  series: UsageSeries | null;
  figures: ResourceFigures;
  resources: ResourceRow[];
  /**
   * Why times are not compared with the baseline: a Job of this run, or of the baseline, was
   * not run again (its times are not a run's); null when they are compared (or there is no baseline).
   */
  notCompared: { of: 'this run' | 'the baseline'; record: RunRecord } | null;
  /** The current run last, without a stored copy of itself. */
  trend: RunRecord[];
}

export function buildModel(input: ReportInput): ReportModel {
  const { record, baseline, thresholdPct } = input;
  const directions = new Map<string, Better>(input.metrics.map((m) => [m.key, m.better]));
  const earlier = input.trend.filter((r) => r.id !== record.id).slice(-TREND_RECORDS);
  const keys = compareKeys(
    aggregateResults(record),
    baseline && aggregateResults(baseline),
    directions,
    thresholdPct,
    earlier.map(aggregateResults),
  );
  const series = usageSeries(record, CHART_POINTS);
  const figures = resourceFigures(record, series);
  const notCompared = !baseline
    ? null
    : !timesAreARun(record)
      ? ({ of: 'this run', record } as const)
      : !timesAreARun(baseline)
        ? ({ of: 'the baseline', record: baseline } as const)
        : null;
  const figuresOf = (r: RunRecord) => resourceFigures(r, usageSeries(r, CHART_POINTS));
  const baseFigures = baseline && !notCompared ? figuresOf(baseline) : null;
  const history = earlier.filter(timesAreARun).map(figuresOf);
  const resources = resourceRows(figures, baseFigures, thresholdPct, history);
  const trend = [...earlier, record].slice(-TREND_RECORDS);
  return { input, record, keys, series, figures, resources, notCompared, trend };
}
