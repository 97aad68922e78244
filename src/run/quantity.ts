import { PinshipError } from '../errors.js';

const BINARY: Record<string, number> = { '': 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
const KUBE_BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };

/**
 * Parses a memory limit in bytes. Docker style `64m`, `1g`, `512mb` (any case; binary units, as
 * `docker run --memory` reads them) and Kubernetes binary quantities `64Mi`, `1Gi`. Kubernetes'
 * decimal `500M` would mean 500e6 there but 500 MiB to Docker: we read it as Docker does.
 */
export function parseMemory(value: string, field = 'memory'): number {
  const text = value.trim();
  const kube = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti)$/.exec(text);
  const docker = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(text);
  const match = kube ?? docker;
  const unit = kube ? KUBE_BINARY[kube[2]!] : BINARY[(docker?.[2] ?? '').toLowerCase()];
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  // Docker refuses less than 6 MiB; so do we, with the same floor for both backends.
  if (!Number.isFinite(bytes) || bytes < 6 * 2 ** 20) {
    throw new PinshipError(
      `expected a memory size of at least 6m such as 64m, 1g, 256Mi or 1Gi, got ${JSON.stringify(value)}`,
      {
        field,
      },
    );
  }
  return bytes;
}

/** Parses a CPU limit in cores: `0.5`, `2`, or Kubernetes millicores `500m`. */
export function parseCpus(value: string, field = 'cpus'): number {
  const text = value.trim();
  const milli = /^(\d+)m$/.exec(text);
  const cores = milli ? Number(milli[1]) / 1000 : /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(cores) || cores < 0.01) {
    throw new PinshipError(
      `expected a number of cores of at least 0.01 such as 0.5, 2 or 500m, got ${JSON.stringify(value)}`,
      {
        field,
      },
    );
  }
  return cores;
}

const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** Parses a duration into seconds: `30s`, `5m`, `1h`, `1h30m`, `250ms`, or a bare number of seconds. */
export function parseDuration(value: string, field = 'timeout'): number {
  const text = value.trim();
  let seconds = NaN;
  if (/^\d+(?:\.\d+)?$/.test(text)) {
    seconds = Number(text);
  } else if (/^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/.test(text)) {
    seconds = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
      seconds += Number(amount) * DURATION_UNITS[unit!]!;
    }
  }
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new PinshipError(`expected a duration such as 30s, 5m, 1h or 1h30m, got ${JSON.stringify(value)}`, { field });
  }
  return seconds;
}
