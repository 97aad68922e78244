import { PinshipError } from '../errors.js';
import type { RunRecord } from '../record/types.js';

/**
 * The hidden first line of a report comment: which experiment it belongs to and which run it
 * shows, so the next report finds the comment (and only its experiment's) and can tell whether
 * its own run is newer. Values are percent-encoded, so none can contain `>` and close the
 * HTML comment early, or a space and forge another field.
 */
export interface Marker {
  experiment: string;
  /** The run's source commit, when the record has one. */
  commit?: string;
  runId: string;
  startedAt: string;
  finishedAt: string;
}

const PREFIX = '<!-- pinship:report ';
const SUFFIX = ' -->';
/** Longest experiment key: it is also a folder name on the records branch. */
const MAX_EXPERIMENT = 64;
/** Room the marker line takes at most (prefix, fields, suffix and the line break after it). */
export const MARKER_BUDGET = 400;

/** Checks an experiment key (`--experiment`): a folder name on the records branch, and marker text. */
export function checkExperiment(key: string, field = '--experiment'): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key) || key.length > MAX_EXPERIMENT || key.includes('..')) {
    throw new PinshipError(`${JSON.stringify(key)} is not an experiment key`, {
      field,
      hint: `letters, digits, '.', '_' and '-', starting with a letter or digit, at most ${MAX_EXPERIMENT} characters`,
    });
  }
  return key;
}

export function markerFor(record: RunRecord, experiment: string): Marker {
  return {
    experiment,
    // The schema leaves `commit` free text; only a hex object name is worth comparing.
    commit: record.source.commit && /^[0-9a-f]{7,64}$/.test(record.source.commit) ? record.source.commit : undefined,
    runId: record.id,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
  };
}

/** The marker line, without its line break. */
export function formatMarker(marker: Marker): string {
  const fields: [string, string | undefined][] = [
    ['experiment', marker.experiment],
    ['commit', marker.commit],
    ['run', marker.runId],
    ['started', marker.startedAt],
    ['finished', marker.finishedAt],
  ];
  const text = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join(' ');
  return `${PREFIX}${text}${SUFFIX}`;
}

/** The marker a comment body starts with, or undefined when it is not a pinship report. */
export function parseMarker(body: string): Marker | undefined {
  if (!body.startsWith(PREFIX)) return undefined;
  const end = body.indexOf(SUFFIX, PREFIX.length);
  if (end === -1 || end > MARKER_BUDGET) return undefined;
  const fields = new Map<string, string>();
  for (const pair of body.slice(PREFIX.length, end).split(' ')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return undefined;
    try {
      fields.set(pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1)));
    } catch {
      return undefined;
    }
  }
  const experiment = fields.get('experiment');
  if (experiment === undefined) return undefined;
  return {
    experiment,
    commit: fields.get('commit'),
    runId: fields.get('run') ?? '',
    startedAt: fields.get('started') ?? '',
    finishedAt: fields.get('finished') ?? '',
  };
}
