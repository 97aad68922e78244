/**
 * When a change in a metric's worse direction is a regression rather than run-to-run noise: it
 * must exceed the threshold (percent of the baseline), an absolute floor where the quantity is
 * small enough for noise to dominate (a few seconds, a few MiB), and, once enough runs are
 * stored, SIGMAS standard deviations of the same value over those runs.
 */
export interface RegressionRule {
  thresholdPct: number;
  /** The smallest absolute change that counts, in the value's unit. */
  floor?: number;
  /** The value in earlier stored runs (the trend), for the spread. */
  history?: readonly number[];
  /** Formats a value or change for the rule's text. */
  format?: (value: number) => string;
}

/** Stored runs needed before their spread is trusted. */
export const MIN_HISTORY = 5;
export const SIGMAS = 3;

/**
 * Which rule marked a worse change of `worse` (absolute, positive) at `pct` percent, e.g.
 * `beyond 10 %, the 2 s floor and 3σ of 6 stored runs (0.9 s)`; undefined when it is within noise.
 */
export function regressionRule(worse: number, pct: number, rule: RegressionRule): string | undefined {
  const format = rule.format ?? ((v: number) => String(Number(v.toPrecision(3))));
  if (!(Math.abs(pct) > rule.thresholdPct)) return undefined;
  const bars = [`${rule.thresholdPct} %`];
  if (rule.floor !== undefined) {
    if (!(worse > rule.floor)) return undefined;
    bars.push(`the ${format(rule.floor)} floor`);
  }
  const history = (rule.history ?? []).filter(Number.isFinite);
  if (history.length >= MIN_HISTORY) {
    const band = SIGMAS * standardDeviation(history);
    if (!(worse > band)) return undefined;
    bars.push(`${SIGMAS}σ of ${history.length} stored runs (${format(band)})`);
  }
  return `beyond ${bars.slice(0, -1).join(', ')}${bars.length > 1 ? ' and ' : ''}${bars.at(-1)}`;
}

/** The sample standard deviation. */
export function standardDeviation(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const squares = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  return Math.sqrt(squares / Math.max(1, values.length - 1));
}
