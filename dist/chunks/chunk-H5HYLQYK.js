import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  round
} from "./chunk-3RNY2SU5.js";
import {
  formatBytes,
  timesAreARun
} from "./chunk-V5BDOAQ7.js";
import {
  codeBlock,
  codeSpan
} from "./chunk-G2OUNXF5.js";

// src/report/render/aggregate.ts
var MAX_DISTINCT = 20;
var MAX_VALUE_CHARS = 200;
function aggregateResults(record) {
  const byKey = /* @__PURE__ */ new Map();
  for (const shard of record.shards) {
    for (const result of shard.results) {
      for (const [key, value] of Object.entries(result.value)) {
        let acc = byKey.get(key);
        if (!acc) {
          acc = new Accumulator();
          byKey.set(key, acc);
        }
        acc.add(value);
      }
    }
  }
  return [...byKey].map(([key, acc]) => acc.finish(key));
}
var Accumulator = class {
  lines = 0;
  count = 0;
  sum = 0;
  // A running mean: sum / count overflows to Infinity where the mean itself is a float (1e308s).
  mean = 0;
  min = Infinity;
  max = -Infinity;
  others = /* @__PURE__ */ new Map();
  distinct = 0;
  add(value) {
    this.lines += 1;
    if (typeof value === "number" && Number.isFinite(value)) {
      this.count += 1;
      this.sum += value;
      this.mean += (value - this.mean) / this.count;
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      return;
    }
    const text = otherText(value);
    const seen = this.others.get(text);
    if (seen !== void 0) this.others.set(text, seen + 1);
    else {
      this.distinct += 1;
      if (this.others.size < MAX_DISTINCT) this.others.set(text, 1);
    }
  }
  finish(key) {
    const numeric = this.count ? {
      count: this.count,
      mean: Number.isFinite(this.sum) ? this.sum / this.count : this.mean,
      min: this.min,
      max: this.max,
      sum: this.sum
    } : null;
    const others = [...this.others].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
    return { key, lines: this.lines, numeric, others, distinctOthers: this.distinct };
  }
};
function otherText(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}\u2026` : text;
}
function keyMean(record, key) {
  let count = 0;
  let sum = 0;
  let mean = 0;
  for (const shard of record.shards) {
    for (const result of shard.results) {
      const value = result.value[key];
      if (typeof value === "number" && Number.isFinite(value)) {
        count += 1;
        sum += value;
        mean += (value - mean) / count;
      }
    }
  }
  if (!count) return null;
  return Number.isFinite(sum) ? sum / count : mean;
}

// src/report/render/noise.ts
var MIN_HISTORY = 5;
var SIGMAS = 3;
function regressionRule(worse, pct, rule) {
  const format = rule.format ?? ((v) => String(Number(v.toPrecision(3))));
  if (!(Math.abs(pct) > rule.thresholdPct)) return void 0;
  const bars = [`${rule.thresholdPct} %`];
  if (rule.floor !== void 0) {
    if (!(worse > rule.floor)) return void 0;
    bars.push(`the ${format(rule.floor)} floor`);
  }
  const history = (rule.history ?? []).filter(Number.isFinite);
  if (history.length >= MIN_HISTORY) {
    const band = SIGMAS * standardDeviation(history);
    if (!(worse > band)) return void 0;
    bars.push(`${SIGMAS}\u03C3 of ${history.length} stored runs (${format(band)})`);
  }
  return `beyond ${bars.slice(0, -1).join(", ")}${bars.length > 1 ? " and " : ""}${bars.at(-1)}`;
}
function standardDeviation(values) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const squares = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  return Math.sqrt(squares / Math.max(1, values.length - 1));
}

// src/report/render/compare.ts
function compare(current, base, better, rule) {
  if (current === null || base === null) return null;
  const pct = relativeChange(current, base);
  const worse = better === "lower" ? current - base : better === "higher" ? base - current : 0;
  const why = worse > 0 ? regressionRule(worse, pct, typeof rule === "number" ? { thresholdPct: rule } : rule) : void 0;
  return why ? { current, base, pct, regression: true, rule: why } : { current, base, pct, regression: false };
}
function relativeChange(current, base) {
  if (base === 0) return current === 0 ? 0 : current > 0 ? Infinity : -Infinity;
  return (current - base) / Math.abs(base) * 100;
}
var STATS = ["mean", "min", "max", "sum"];
function compareKeys(current, baseline, directions, thresholdPct, history = []) {
  const baseByKey = new Map((baseline ?? []).map((a) => [a.key, a]));
  return current.map((aggregate) => {
    const better = directions.get(aggregate.key) ?? null;
    const base = baseByKey.get(aggregate.key) ?? null;
    const deltas = {};
    if (aggregate.numeric && base?.numeric) {
      const earlier = history.map((run) => run.find((a) => a.key === aggregate.key)?.numeric ?? null);
      for (const stat of STATS) {
        const values = earlier.filter((n) => n !== null).map((n) => n[stat]);
        const rule = { thresholdPct, history: values };
        const d = compare(aggregate.numeric[stat], base.numeric[stat], better, rule);
        if (d) deltas[stat] = d;
      }
    }
    return { aggregate, better, base, deltas };
  });
}

// src/report/render/format.ts
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) return value.toExponential(4);
  return String(Number(value.toPrecision(6)));
}
function formatSeconds(seconds) {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
function formatPct(pct) {
  if (!Number.isFinite(pct)) return pct > 0 ? "+\u221E %" : "-\u221E %";
  const fixed = Math.abs(pct) >= 100 ? pct.toFixed(0) : pct.toFixed(1);
  if (Number(fixed) === 0) return "\xB10 %";
  return `${pct > 0 ? "+" : ""}${fixed} %`;
}

// src/report/render/series.ts
function usageSeries(record, maxPoints) {
  const runStart = Date.parse(record.startedAt);
  const duration = Math.max(record.durationSeconds, 1e-3);
  const points = Math.max(2, Math.min(maxPoints, Math.ceil(duration)));
  const width = duration / points;
  const cores2 = new Float64Array(points);
  const memory = new Float64Array(points);
  const own = new Accumulators(points);
  let sampled = false;
  for (const shard of record.shards) {
    for (const attempt of shard.attempts) {
      if (!attempt.resources?.samples.length || attempt.startedAt === null) continue;
      sampled = true;
      addAttempt(attempt, (Date.parse(attempt.startedAt) - runStart) / 1e3, width, own, cores2, memory);
    }
  }
  if (!sampled) return null;
  return {
    t: Array.from({ length: points }, (_, i) => i * width),
    cores: [...cores2],
    memoryBytes: [...memory]
  };
}
var Accumulators = class {
  cores;
  memory;
  counts;
  constructor(points) {
    this.cores = new Float64Array(points);
    this.memory = new Float64Array(points);
    this.counts = new Uint32Array(points);
  }
  reset(from, to) {
    this.cores.fill(0, from, to + 1);
    this.memory.fill(0, from, to + 1);
    this.counts.fill(0, from, to + 1);
  }
};
function addAttempt(attempt, offset, width, own, cores2, memory) {
  const last = cores2.length - 1;
  const bucket = (seconds) => Math.min(last, Math.max(0, Math.floor(seconds / width)));
  const samples = attempt.resources.samples;
  const from = offset + samples[0].t;
  const to = Math.max(offset + samples.at(-1).t, offset + (attempt.durationSeconds ?? 0));
  const first = bucket(from);
  const end = bucket(to);
  own.reset(first, end);
  for (const s of samples) {
    const b = bucket(offset + s.t);
    own.cores[b] += s.cpuCores;
    own.memory[b] += s.memoryBytes;
    own.counts[b] += 1;
  }
  let heldCores = 0;
  let heldMemory = 0;
  for (let b = first; b <= end; b++) {
    const n = own.counts[b];
    if (n) {
      heldCores = own.cores[b] / n;
      heldMemory = own.memory[b] / n;
    }
    const covered = (Math.min(to, (b + 1) * width) - Math.max(from, b * width)) / width;
    const weight = Math.min(1, Math.max(0, covered));
    cores2[b] += heldCores * weight;
    memory[b] += heldMemory * weight;
  }
}
function peak(values) {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

// src/report/render/resources.ts
function resourceFigures(record, series) {
  const wall = record.durationSeconds;
  const cpu = cpuMeasured(record) ? record.totals.cpuCoreSeconds : null;
  return {
    wallSeconds: wall,
    cpuCoreSeconds: cpu,
    averageCores: cpu !== null && wall > 0 ? cpu / wall : null,
    peakCores: series ? peak(series.cores) : null,
    peakShardMemoryBytes: record.totals.peakMemoryBytes,
    memoryLimitBytes: record.parameters.memoryBytes,
    peakTotalMemoryBytes: series ? peak(series.memoryBytes) : null
  };
}
function cpuMeasured(record) {
  return record.shards.some((s) => typeof s.resources?.cpuCoreSeconds === "number");
}
var MiB = 1024 * 1024;
var cores = (v) => formatNumber(round(v, 2));
var ROWS = [
  { label: "Wall time", pick: (f) => f.wallSeconds, format: formatSeconds, floor: 5, minPct: 25 },
  { label: "CPU", pick: (f) => f.cpuCoreSeconds, format: (v) => `${cores(v)} core\xB7s`, floor: 5, minPct: 25 },
  { label: "Average cores", pick: (f) => f.averageCores, format: cores, floor: 0.5, minPct: 25 },
  { label: "Peak cores (all shards)", pick: (f) => f.peakCores, format: cores, floor: 0.5, minPct: 25 },
  {
    label: "Peak memory (one shard)",
    pick: (f) => f.peakShardMemoryBytes,
    format: formatBytes,
    note: ofLimit,
    floor: 32 * MiB
  },
  { label: "Peak memory (all shards)", pick: (f) => f.peakTotalMemoryBytes, format: formatBytes, floor: 64 * MiB }
];
function resourceRows(current, base, thresholdPct, history = []) {
  return ROWS.map(({ label, pick, format, note, floor, minPct = 0 }) => {
    const value = pick(current);
    const baseValue = base && pick(base);
    const earlier = history.map(pick).filter((v) => v !== null);
    const rule = { thresholdPct: Math.max(thresholdPct, minPct), floor, history: earlier, format };
    const delta = compare(value, baseValue, "lower", rule);
    return { label, value, base: baseValue, format, note: note?.(current) ?? "", delta };
  });
}
function ofLimit(f) {
  if (f.peakShardMemoryBytes === null || !f.memoryLimitBytes) return "";
  const pct = Math.round(f.peakShardMemoryBytes / f.memoryLimitBytes * 100);
  return ` of ${formatBytes(f.memoryLimitBytes)} (${pct} %)`;
}

// src/report/render/model.ts
var CHART_POINTS = 60;
var TREND_RECORDS = 20;
function buildModel(input) {
  const { record, baseline, thresholdPct } = input;
  const directions = new Map(input.metrics.map((m) => [m.key, m.better]));
  const earlier = input.trend.filter((r) => r.id !== record.id).slice(-TREND_RECORDS);
  const keys = compareKeys(
    aggregateResults(record),
    baseline && aggregateResults(baseline),
    directions,
    thresholdPct,
    earlier.map(aggregateResults)
  );
  const series = usageSeries(record, CHART_POINTS);
  const figures = resourceFigures(record, series);
  const notCompared = !baseline ? null : !timesAreARun(record) ? { of: "this run", record } : !timesAreARun(baseline) ? { of: "the baseline", record: baseline } : null;
  const figuresOf = (r) => resourceFigures(r, usageSeries(r, CHART_POINTS));
  const baseFigures = baseline && !notCompared ? figuresOf(baseline) : null;
  const history = earlier.filter(timesAreARun).map(figuresOf);
  const resources = resourceRows(figures, baseFigures, thresholdPct, history);
  const trend = [...earlier, record].slice(-TREND_RECORDS);
  return { input, record, keys, series, figures, resources, notCompared, trend };
}

// src/report/render/regressions.ts
function regressionLines(model) {
  const lines = [];
  for (const row of model.resources) {
    if (row.delta?.regression) {
      const { pct, base, current } = row.delta;
      lines.push(`${row.label} ${formatPct(pct)} (${row.format(base)} \u2192 ${row.format(current)}; ${row.delta.rule})`);
    }
  }
  for (const key of model.keys) {
    for (const stat of STATS) {
      const d = key.deltas[stat];
      if (!d?.regression) continue;
      const change = `${formatNumber(d.base)} \u2192 ${formatNumber(d.current)}, ${key.better} is better; ${d.rule}`;
      lines.push(`${codeSpan(key.aggregate.key, 60)} ${stat} ${formatPct(d.pct)} (${change})`);
    }
  }
  return lines;
}

// src/report/render/charts.ts
function mermaidChart(chart) {
  const x = "categories" in chart.x ? `x-axis [${chart.x.categories.map((c) => `"${mermaidText(c)}"`).join(", ")}]` : `x-axis "${mermaidText(chart.x.label)}" ${chartNumber(chart.x.from)} --> ${chartNumber(chart.x.to)}`;
  const lines = [
    ...CONFIG,
    "xychart-beta",
    `  title "${mermaidText(chart.title)}"`,
    `  ${x}`,
    `  y-axis "${mermaidText(chart.yLabel)}"`,
    `  line [${chart.values.map(chartNumber).join(", ")}]`
  ];
  return codeBlock(lines, "mermaid");
}
var CONFIG = [
  "---",
  "config:",
  "  xyChart: { width: 700, height: 320 }",
  "  themeVariables:",
  '    xyChart: { plotColorPalette: "#0969da" }',
  "---"
];
function mermaidText(text) {
  const safe = text.replace(/[^\p{L}\p{N} _.,:/()+-]/gu, "_").replace(/\s+/g, " ").trim();
  return safe.length > 60 ? `${safe.slice(0, 59)}\u2026` : safe || "_";
}
function chartNumber(value) {
  if (!Number.isFinite(value) || Math.abs(value) < 1e-9) return "0";
  const n = Number(value.toPrecision(4));
  const text = String(n);
  return text.includes("e") ? n.toFixed(12).replace(/\.?0+$/, "") : text;
}

// src/report/render/trend.ts
function trendSeries(model) {
  const records = model.trend;
  const labelOf = new Map(trendLabels(records).map((label2, i) => [records[i], label2]));
  const label = (r) => labelOf.get(r);
  const ran = records.filter(timesAreARun);
  const measured = ran.filter(cpuMeasured);
  const series = [
    { title: "Wall time", yLabel: "seconds", labels: ran.map(label), values: ran.map((r) => r.durationSeconds) },
    // Records without CPU samples are left out rather than drawn as 0 core-seconds.
    {
      title: "CPU",
      yLabel: "core-seconds",
      labels: measured.map(label),
      values: measured.map((r) => r.totals.cpuCoreSeconds)
    }
  ];
  for (const metric of model.input.metrics) {
    const points = records.map((r) => [label(r), keyMean(r, metric.key)]).filter(([, v]) => v !== null);
    series.push({
      title: `${metric.key} (mean, ${metric.better} is better)`,
      yLabel: metric.key,
      labels: points.map(([label2]) => label2),
      values: points.map(([, v]) => v)
    });
  }
  return series;
}
function trendLabels(records) {
  const base = records.map(trendLabel);
  const total = /* @__PURE__ */ new Map();
  for (const label of base) total.set(label, (total.get(label) ?? 0) + 1);
  const seen = /* @__PURE__ */ new Map();
  return base.map((label) => {
    if (total.get(label) === 1) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} (${n})`;
  });
}
function trendLabel(record) {
  const commit = record.source.commit;
  if (commit && /^[0-9a-f]{7,64}$/.test(commit)) return commit.slice(0, 7);
  return record.id.slice(-8);
}
function trendSection(model, open) {
  if (model.trend.length < 2) return "";
  const charts = trendSeries(model).filter((s) => s.values.length >= 2).map((s) => mermaidChart({ title: s.title, yLabel: s.yLabel, x: { categories: s.labels }, values: s.values }));
  const summary = `Trend: the last ${model.trend.length} runs of this experiment`;
  return `<details${open ? " open" : ""}><summary>${summary}</summary>

${charts.join("\n\n")}

</details>`;
}

// src/report/render/json.ts
function reportJson(input) {
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
      notRerun: record.notRerun ?? []
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
      deltas: k.deltas
    })),
    resources: model.resources.map((r) => ({ name: r.label, value: r.value, delta: r.delta })),
    usage: model.series,
    trend: model.trend.length >= 2 ? trendSeries(model) : [],
    regressions: regressionLines(model)
  };
}

export {
  STATS,
  formatNumber,
  formatSeconds,
  formatPct,
  TREND_RECORDS,
  buildModel,
  regressionLines,
  mermaidChart,
  trendSection,
  reportJson
};
