import type { KeyAggregate } from './aggregate.js';
import { regressionRule, type RegressionRule } from './noise.js';

export type Better = 'lower' | 'higher';

/** A value against its baseline. */
export interface Delta {
  current: number;
  base: number;
  /** Relative change in percent of the baseline; ±Infinity when the baseline was 0. */
  pct: number;
  /** The change goes the worse way beyond the threshold, the floor and the noise of stored runs. */
  regression: boolean;
  /** Which rule marked the regression (noise.ts), e.g. `beyond 10 % and the 2 s floor`. */
  rule?: string;
}

/** Compares `current` with `base` under `rule` (or a bare threshold); null when either is missing. */
export function compare(
  current: number | null,
  base: number | null,
  better: Better | null,
  rule: RegressionRule | number,
): Delta | null {
  if (current === null || base === null) return null;
  const pct = relativeChange(current, base);
  const worse = better === 'lower' ? current - base : better === 'higher' ? base - current : 0;
  const why =
    worse > 0 ? regressionRule(worse, pct, typeof rule === 'number' ? { thresholdPct: rule } : rule) : undefined;
  return why ? { current, base, pct, regression: true, rule: why } : { current, base, pct, regression: false };
}

function relativeChange(current: number, base: number): number {
  if (base === 0) return current === 0 ? 0 : current > 0 ? Infinity : -Infinity;
  return ((current - base) / Math.abs(base)) * 100;
}

export const STATS = ['mean', 'min', 'max', 'sum'] as const;
export type Stat = (typeof STATS)[number];

/** A result key with its baseline: each numeric aggregate compared on its own. */
export interface KeyComparison {
  aggregate: KeyAggregate;
  better: Better | null;
  /** The baseline's aggregate of the same key; null without a baseline or when it lacked the key. */
  base: KeyAggregate | null;
  deltas: Partial<Record<Stat, Delta>>;
}

/**
 * Pairs each current key with the baseline's, and marks regressions per `--metric` direction;
 * `history` holds the earlier stored runs' aggregates, for the spread of each statistic.
 */
export function compareKeys(
  current: KeyAggregate[],
  baseline: KeyAggregate[] | null,
  directions: Map<string, Better>,
  thresholdPct: number,
  history: KeyAggregate[][] = [],
): KeyComparison[] {
  const baseByKey = new Map((baseline ?? []).map((a) => [a.key, a]));
  return current.map((aggregate) => {
    const better = directions.get(aggregate.key) ?? null;
    const base = baseByKey.get(aggregate.key) ?? null;
    const deltas: Partial<Record<Stat, Delta>> = {};
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
