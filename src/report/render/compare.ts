import type { KeyAggregate } from './aggregate.js';

export type Better = 'lower' | 'higher';

/** A value against its baseline. */
export interface Delta {
  current: number;
  base: number;
  /** Relative change in percent of the baseline; ±Infinity when the baseline was 0. */
  pct: number;
  /** The change goes the worse way by more than the threshold. */
  regression: boolean;
}

/** Compares `current` with `base`; null when either is missing. */
export function compare(
  current: number | null,
  base: number | null,
  better: Better | null,
  thresholdPct: number,
): Delta | null {
  if (current === null || base === null) return null;
  const pct = relativeChange(current, base);
  const regression = better === 'lower' ? pct > thresholdPct : better === 'higher' ? pct < -thresholdPct : false;
  return { current, base, pct, regression };
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

/** Pairs each current key with the baseline's, and marks regressions per `--metric` direction. */
export function compareKeys(
  current: KeyAggregate[],
  baseline: KeyAggregate[] | null,
  directions: Map<string, Better>,
  thresholdPct: number,
): KeyComparison[] {
  const baseByKey = new Map((baseline ?? []).map((a) => [a.key, a]));
  return current.map((aggregate) => {
    const better = directions.get(aggregate.key) ?? null;
    const base = baseByKey.get(aggregate.key) ?? null;
    const deltas: Partial<Record<Stat, Delta>> = {};
    if (aggregate.numeric && base?.numeric) {
      for (const stat of STATS) {
        const d = compare(aggregate.numeric[stat], base.numeric[stat], better, thresholdPct);
        if (d) deltas[stat] = d;
      }
    }
    return { aggregate, better, base, deltas };
  });
}
