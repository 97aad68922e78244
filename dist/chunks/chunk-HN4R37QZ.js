import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError,
  wrapError
} from "./chunk-SI2EDPFI.js";

// src/github/artifact.ts
import { copyFile, lstat, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var RECORD_ENTRY = "run.json";
async function uploadRecordArtifact(name, record) {
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), "pinship-artifact-"));
  await copyFile(record, join(dir, RECORD_ENTRY));
  try {
    const { DefaultArtifactClient } = await import("../artifact-client/index.js");
    return await new DefaultArtifactClient().uploadArtifact(name, [join(dir, RECORD_ENTRY)], dir);
  } catch (err) {
    throw wrapError(`uploading the artifact ${JSON.stringify(name)}`, err, { field: "record-artifact" });
  }
}
async function uploadForkRecord(upload, log) {
  const { artifact, record, context, skipped } = upload;
  if (!artifact || !context.pullRequest?.fork || !skipped) return;
  const uploaded = await uploadRecordArtifact(artifact, record);
  log.info(`record uploaded as the artifact ${artifact} (id ${uploaded.id ?? "unknown"}, ${uploaded.size ?? 0} bytes)`);
}
async function downloadRecordArtifact(from, maxBytes) {
  const { ArtifactNotFoundError, DefaultArtifactClient } = await import("../artifact-client/index.js");
  const client = new DefaultArtifactClient();
  const findBy = {
    token: from.token,
    workflowRunId: from.runId,
    repositoryOwner: from.owner,
    repositoryName: from.repo
  };
  const what = `artifact ${JSON.stringify(from.name)} of workflow run ${from.runId}`;
  let artifact;
  try {
    ({ artifact } = await client.getArtifact(from.name, { findBy }));
  } catch (err) {
    if (err instanceof ArtifactNotFoundError) return void 0;
    throw wrapError(`finding the ${what}`, err, { field: "record-artifact" });
  }
  if (artifact.size > maxBytes) {
    throw new PinshipError(`the ${what} is ${artifact.size} bytes, over the ${maxBytes} pinship reads`, {
      field: "record-artifact",
      hint: "a record may come from an untrusted run: larger artifacts are refused unread"
    });
  }
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), "pinship-artifact-"));
  let mismatch;
  try {
    ({ digestMismatch: mismatch } = await client.downloadArtifact(artifact.id, {
      path: dir,
      findBy,
      expectedHash: artifact.digest
    }));
  } catch (err) {
    throw wrapError(`downloading the ${what}`, err, { field: "record-artifact" });
  }
  if (mismatch)
    throw new PinshipError(`the ${what} is not what was uploaded (digest mismatch)`, { field: "record-artifact" });
  return recordIn(dir, what);
}
async function recordIn(dir, what) {
  const file = join(dir, RECORD_ENTRY);
  const stat = await lstat(file).catch(() => void 0);
  if (!stat?.isFile()) {
    throw new PinshipError(`the ${what} holds no ${RECORD_ENTRY} file`, {
      field: "record-artifact",
      hint: "upload it with the report action's record-artifact input"
    });
  }
  return file;
}

export {
  uploadForkRecord,
  downloadRecordArtifact
};
