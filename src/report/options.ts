import { PinshipError } from '../errors.js';
import type { MetricDirection, RenderedReport } from './render/index.js';

/** Parses `--metric K:lower|higher` (the `metrics` input: one a line). */
export function parseMetric(text: string, field: string): MetricDirection {
  // The direction is after the last colon: a result key may hold colons (`loss:val:lower`).
  const m = /^(\S.*):(lower|higher)$/.exec(text.trim());
  if (!m) throw new PinshipError(`expected KEY:lower or KEY:higher, got ${JSON.stringify(text)}`, { field });
  return { key: m[1]!, better: m[2] as MetricDirection['better'] };
}

/** Parses `--threshold PCT` (`10`, `10%`, `2.5`). */
export function parseThreshold(text: string | undefined, field: string): number {
  if (text === undefined || text === '') return 10;
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(text.trim());
  if (!m) throw new PinshipError(`expected a percentage such as 10 or 2.5%, got ${JSON.stringify(text)}`, { field });
  return Number(m[1]);
}

/** What an entry warns of the stored records a report left out (unreadable or invalid). */
export function leftOutWarnings(prepared: { leftOut: readonly string[] }): string[] {
  return prepared.leftOut.map((why) => `${why}; left out of the baseline and trend`);
}

/** Why the merge gate fails (`--fail-on-regression` and a regression), or undefined. */
export function gateFailure(rendered: RenderedReport, failOnRegression: boolean): string | undefined {
  if (!failOnRegression || rendered.regressions.length === 0) return undefined;
  return (
    `${rendered.regressions.length} regression(s) beyond the threshold and the noise fail the gate ` +
    `(fail-on-regression): ${rendered.regressions.join('; ')}`
  );
}
