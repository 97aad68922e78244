import type { ReportInput } from './input.js';
import { buildModel } from './model.js';
import { regressionLines } from './regressions.js';
import { trendSeries } from './trend.js';

/** `--format json`: the aggregates, resources and deltas the report is drawn from. */
export function reportJson(input: ReportInput): unknown {
  const model = buildModel(input);
  const { record } = model;
  return {
    experiment: input.experiment,
    run: {
      id: record.id,
      conclusion: record.conclusion,
      durationSeconds: record.durationSeconds,
      image: { ref: record.image.ref, digest: record.image.digest },
      commit: record.source.commit,
      totals: record.totals,
      notRerun: record.notRerun ?? [],
    },
    notCompared: model.notCompared,
    baseline: input.baseline && { id: input.baseline.id, commit: input.baseline.source.commit },
    thresholdPct: input.thresholdPct,
    results: model.keys.map((k) => ({
      key: k.aggregate.key,
      better: k.better,
      lines: k.aggregate.lines,
      numeric: k.aggregate.numeric,
      otherValues: k.aggregate.others,
      distinctOtherValues: k.aggregate.distinctOthers,
      baseline: k.base?.numeric ?? null,
      deltas: k.deltas,
    })),
    resources: model.resources.map((r) => ({ name: r.label, value: r.value, delta: r.delta })),
    usage: model.series,
    trend: model.trend.length >= 2 ? trendSeries(model) : [],
    regressions: regressionLines(model),
  };
}
