import { formatBytes } from '../../record/summary.js';

export { formatBytes };

/** A measured number for people: integers as they are, others to 6 significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) return value.toExponential(4);
  return String(Number(value.toPrecision(6)));
}

/** 12.3456 -> `12.3 s`; long runs also in minutes. */
export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

/** A relative change: `+12.3 %`, `-0.5 %`, `±0 %`. */
export function formatPct(pct: number): string {
  if (!Number.isFinite(pct)) return pct > 0 ? '+∞ %' : '-∞ %';
  const fixed = Math.abs(pct) >= 100 ? pct.toFixed(0) : pct.toFixed(1);
  if (Number(fixed) === 0) return '±0 %';
  return `${pct > 0 ? '+' : ''}${fixed} %`;
}
