import { codeBlock, codeSpan, cut, inertHtml, inertText } from '../../github/escape.js';
import type { ShardRecord } from '../../record/types.js';
import type { Limits } from './limits.js';
import type { ReportModel } from './model.js';
import { moreLine } from './more.js';
import { markdownTable } from './table.js';

/** Shards that did not succeed, each folded with its reason, message and last log lines. */
export function failuresSection(model: ReportModel, limits: Limits): string {
  const failed = model.record.shards.filter((s) => s.status !== 'succeeded' && s.status !== 'not-started');
  const notStarted = model.record.totals.notStarted;
  if (failed.length === 0 && notStarted === 0) return '';
  const parts = [`#### Shards that did not succeed (${failed.length + notStarted})`];
  const shown = failed.slice(0, limits.failedShards);
  for (const shard of shown) parts.push(failedShard(shard, limits));
  if (failed.length > shown.length) parts.push(moreLine(model, `${failed.length - shown.length} more failed shards`));
  if (notStarted) parts.push(`${notStarted} shard${notStarted === 1 ? '' : 's'} did not start before the run stopped.`);
  return parts.join('\n\n');
}

/**
 * `<details>` with a one-line `<summary>` (HTML-escaped), then Markdown after a blank line: the
 * message as inert text and the log tail in a code block whose fence no line can close. Nothing
 * inside can close the `<details>`: HTML in a code block is text, and the message is escaped.
 */
function failedShard(shard: ShardRecord, limits: Limits): string {
  const last = shard.attempts.at(-1);
  const exit = last?.exitCode === null || last === undefined ? '' : `, exit code ${last.exitCode}`;
  const attempts = `${shard.attempts.length} attempt${shard.attempts.length === 1 ? '' : 's'}`;
  const title = `Shard ${shard.index}: ${shard.status}, ${last?.reason ?? 'no attempt'}${exit}, ${attempts}`;
  const body: string[] = [];
  if (last?.message) body.push(`Message: ${inertText(last.message, 300)}`);
  const tail = last?.logTail ?? [];
  if (limits.logLines > 0 && tail.length) {
    const lines = tail.slice(-limits.logLines).map((l) => cut(l, limits.logLineChars));
    const of = last!.logLines > lines.length ? ` of ${last!.logLines}` : '';
    body.push(`Last ${lines.length} log lines${of}:`, codeBlock(lines));
  }
  if (last?.logsRead === false) body.push('Its log was not read (the Job is annotated `pinship.dev/logs: none`).');
  if (body.length === 0) return `<details><summary>${inertHtml(title)}</summary>\n\nNo log lines kept.\n\n</details>`;
  return `<details><summary>${inertHtml(title)}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

/** Result lines that did not parse, listed with their shard, line and message. */
export function invalidLinesSection(model: ReportModel, limits: Limits): string {
  const total = model.record.totals.resultErrors;
  if (total === 0) return '';
  const rows: string[][] = [];
  for (const shard of model.record.shards) {
    for (const e of shard.resultErrors) {
      if (rows.length >= limits.invalidLines) break;
      const where = [String(shard.index), String(e.attempt), String(e.line)];
      rows.push([...where, inertText(e.message, 120), codeSpan(e.text, 120)]);
    }
  }
  const parts = [`#### Invalid result lines (${total})`];
  if (rows.length) parts.push(markdownTable(['Shard', 'Attempt', 'Line', 'Problem', 'Text'], rows, [0, 1, 2]));
  if (total > rows.length) parts.push(moreLine(model, `${total - rows.length} more invalid result lines`));
  return parts.join('\n\n');
}
