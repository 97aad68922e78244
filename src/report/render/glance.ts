import { codeSpan, inertText } from '../../github/escape.js';
import { nothingRan } from '../../record/not-rerun.js';
import type { Conclusion, RunRecord, SourceRecord } from '../../record/types.js';
import { formatBytes, formatSeconds } from './format.js';
import type { ReportModel } from './model.js';

const ICONS: Record<Conclusion, string> = {
  success: '✅',
  failure: '❌',
  'timed-out': '⏱️',
  cancelled: '⏹️',
};

/** Where a commit pinship found (rather than was given) came from. */
const SOURCE_FROM: Partial<Record<SourceRecord['from'], string>> = {
  'image-label': " (the image's revision label)",
  'pin-commit': " (the pin commit's Pinship-Source)",
};

/** The title and the at-a-glance list: conclusion, duration, image, commit, rollouts, baseline. */
export function glanceSection(model: ReportModel, regressions: string[]): string {
  const { record, input } = model;
  const stopped = record.cancellation ? ` (stopped: ${record.cancellation.reason})` : '';
  const lines = [
    `### ${ICONS[record.conclusion]} pinship run ${codeSpan(input.experiment, 60)}: ${record.conclusion}`,
    '',
    `- **Shards**: ${shardCounts(record)}`,
    nothingRan(record)
      ? `- **Duration**: nothing ran (the wait took ${formatSeconds(record.durationSeconds)})${stopped}`
      : `- **Duration**: ${formatSeconds(record.durationSeconds)}${stopped}`,
    `- **Image**: ${imageText(record)}`,
    `- **Commit**: ${commitText(record.source.commit)}${SOURCE_FROM[record.source.from] ?? ''}`,
  ];
  if (record.notRerun?.length) {
    lines.push(
      `- **Not run again** (unchanged, so its shards are from that run; times not compared): ` +
        notRerunMarkdown(record),
    );
  }
  if (record.appliedBy) {
    const { kustomization, commit } = record.appliedBy;
    lines.push(`- **Applied by**: Flux Kustomization ${codeSpan(kustomization, 120)} at ${commitText(commit)}`);
  }
  if (record.rollouts.length) {
    const ok = record.rollouts.filter((r) => r.conclusion === 'success').length;
    lines.push(`- **Rollouts**: ${ok}/${record.rollouts.length} succeeded`);
  }
  if (record.totals.outputFiles) {
    lines.push(`- **Outputs**: ${record.totals.outputFiles} files, ${formatBytes(record.totals.outputBytes)}`);
  }
  lines.push(`- **Baseline**: ${baselineText(model)}`);
  if (input.baseline) {
    const gate = input.failOnRegression ? ' (they fail this check)' : '';
    lines.push(
      regressions.length
        ? `- **Regressions** beyond ${input.thresholdPct} % and the noise: ⚠️ ${regressions.length}${gate}`
        : `- **Regressions** beyond ${input.thresholdPct} % and the noise: none`,
    );
  }
  return lines.join('\n');
}

function shardCounts(record: RunRecord): string {
  const t = record.totals;
  const parts = [`${t.succeeded}/${t.shards} succeeded`];
  if (t.failed) parts.push(`${t.failed} failed`);
  if (t.timedOut) parts.push(`${t.timedOut} timed out`);
  if (t.cancelled) parts.push(`${t.cancelled} cancelled`);
  if (t.notStarted) parts.push(`${t.notStarted} not started`);
  if (t.retries) parts.push(`${t.retries} ${t.retries === 1 ? 'retry' : 'retries'}`);
  if (t.resultErrors) parts.push(`${t.resultErrors} invalid result lines`);
  return parts.join(', ');
}

/** `name` by its short digest (`sha256:` and 12 hex digits), or the reference as given. */
function imageText(record: RunRecord): string {
  const { digest, name, ref } = record.image;
  const hex = digest?.match(/^sha256:([0-9a-f]{64})$/)?.[1];
  if (hex) return `${codeSpan(name, 100)} @ ${codeSpan(`sha256:${hex.slice(0, 12)}`)}`;
  return `${codeSpan(ref, 120)} (no digest)`;
}

/** A commit by its first 12 hex digits; anything else shown as text. */
export function commitText(commit: string | null): string {
  if (commit === null) return 'unknown';
  return /^[0-9a-f]{7,64}$/.test(commit) ? codeSpan(commit.slice(0, 12)) : codeSpan(commit, 60);
}

function baselineText(model: ReportModel): string {
  const base = model.input.baseline;
  if (!base) return 'none found for this experiment at the base';
  return `run ${inertText(base.id, 60)} at ${commitText(base.source.commit)}`;
}

/** `` `job/sim` (ran 2026-12-05T10:00:00.000Z to …) `` for each Job not run again: names in code spans. */
export function notRerunMarkdown(record: RunRecord): string {
  return (record.notRerun ?? [])
    .slice(0, 20)
    .map((j) => {
      // The schema holds both times to date-time format: no Markdown in them.
      const when = j.startedAt ? ` (ran ${j.startedAt}${j.finishedAt ? ` to ${j.finishedAt}` : ''})` : '';
      return `${codeSpan(`job/${j.job}`, 80)}${when}`;
    })
    .join(', ');
}
