import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/run/backend.ts
function shardEnv(index, shards, outputDir) {
  return {
    JOB_COMPLETION_INDEX: String(index),
    JOB_COMPLETION_COUNT: String(shards),
    PINSHIP_OUTPUT_DIR: outputDir
  };
}
var SHARD_OUTPUT_MOUNT = "/pinship/output";
var DEFAULT_PIDS_LIMIT = 512;

export {
  shardEnv,
  SHARD_OUTPUT_MOUNT,
  DEFAULT_PIDS_LIMIT
};
