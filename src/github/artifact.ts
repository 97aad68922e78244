import { copyFile, lstat, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PinshipError, wrapError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import type { GitHubContext } from './context.js';

/**
 * A run's artifacts through @actions/artifact: the upload speaks the Actions runtime's v4
 * artifact service (ACTIONS_RESULTS_URL, which act's `--artifact-server-path` serves too), the
 * download of another run's artifact goes through the REST API (`GITHUB_API_URL`; GitHub answers
 * with a redirect to the zip).
 */

/** The one file inside a record artifact. */
export const RECORD_ENTRY = 'run.json';

/** Uploads the run record as the artifact `name`, holding `run.json` only. */
export async function uploadRecordArtifact(name: string, record: string): Promise<{ id?: number; size?: number }> {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'pinship-artifact-'));
  await copyFile(record, join(dir, RECORD_ENTRY));
  try {
    const { DefaultArtifactClient } = await import('./artifact-client.js');
    return await new DefaultArtifactClient().uploadArtifact(name, [join(dir, RECORD_ENTRY)], dir);
  } catch (err) {
    throw wrapError(`uploading the artifact ${JSON.stringify(name)}`, err, { field: 'record-artifact' });
  }
}

export interface ForkRecordUpload {
  /** The `record-artifact` input: nothing is uploaded without it. */
  artifact: string | undefined;
  /** The run record's path. */
  record: string;
  context: GitHubContext;
  /** Why the report was not posted, when it was not (a fork's read-only token). */
  skipped: string | undefined;
}

/**
 * A fork's pull request posts nothing with its read-only token: when it was not posted and
 * `record-artifact` names an artifact, the record goes up for the `workflow_run` job to post.
 */
export async function uploadForkRecord(upload: ForkRecordUpload, log: Logger): Promise<void> {
  const { artifact, record, context, skipped } = upload;
  if (!artifact || !context.pullRequest?.fork || !skipped) return;
  const uploaded = await uploadRecordArtifact(artifact, record);
  log.info(`record uploaded as the artifact ${artifact} (id ${uploaded.id ?? 'unknown'}, ${uploaded.size ?? 0} bytes)`);
}

export interface RunArtifact {
  token: string;
  owner: string;
  repo: string;
  runId: number;
  name: string;
}

/**
 * Downloads the artifact `name` of another workflow run into a new folder and resolves to its
 * `run.json`; undefined when the run has no such artifact. The zip is refused unread when it is
 * larger than `maxBytes`, and when its digest is not the one GitHub recorded at upload.
 */
export async function downloadRecordArtifact(from: RunArtifact, maxBytes: number): Promise<string | undefined> {
  const { ArtifactNotFoundError, DefaultArtifactClient } = await import('./artifact-client.js');
  const client = new DefaultArtifactClient();
  const findBy = {
    token: from.token,
    workflowRunId: from.runId,
    repositoryOwner: from.owner,
    repositoryName: from.repo,
  };
  const what = `artifact ${JSON.stringify(from.name)} of workflow run ${from.runId}`;
  let artifact: { id: number; size: number; digest?: string };
  try {
    ({ artifact } = await client.getArtifact(from.name, { findBy }));
  } catch (err) {
    if (err instanceof ArtifactNotFoundError) return undefined;
    throw wrapError(`finding the ${what}`, err, { field: 'record-artifact' });
  }
  if (artifact.size > maxBytes) {
    throw new PinshipError(`the ${what} is ${artifact.size} bytes, over the ${maxBytes} pinship reads`, {
      field: 'record-artifact',
      hint: 'a record may come from an untrusted run: larger artifacts are refused unread',
    });
  }
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'pinship-artifact-'));
  let mismatch: boolean | undefined;
  try {
    ({ digestMismatch: mismatch } = await client.downloadArtifact(artifact.id, {
      path: dir,
      findBy,
      expectedHash: artifact.digest,
    }));
  } catch (err) {
    throw wrapError(`downloading the ${what}`, err, { field: 'record-artifact' });
  }
  if (mismatch)
    throw new PinshipError(`the ${what} is not what was uploaded (digest mismatch)`, { field: 'record-artifact' });
  return recordIn(dir, what);
}

async function recordIn(dir: string, what: string): Promise<string> {
  const file = join(dir, RECORD_ENTRY);
  const stat = await lstat(file).catch(() => undefined);
  if (!stat?.isFile()) {
    throw new PinshipError(`the ${what} holds no ${RECORD_ENTRY} file`, {
      field: 'record-artifact',
      hint: "upload it with the report action's record-artifact input",
    });
  }
  return file;
}
