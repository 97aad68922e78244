/** How much of each section a rendering shows; the rest is counted and pointed to. */
export interface Limits {
  /** Results per shard are listed when the run has at most this many shards. */
  shardRows: number;
  /** Result keys in the tables. */
  keys: number;
  /** Result keys as columns of the per-shard table. */
  shardKeys: number;
  /** Non-numeric values listed per key. */
  otherValues: number;
  /** Failed shards with their reason and log tail. */
  failedShards: number;
  /** Last log lines per failed shard, and characters per line. */
  logLines: number;
  logLineChars: number;
  /** Invalid result lines listed. */
  invalidLines: number;
  /** Usage and trend charts. */
  charts: boolean;
}

/**
 * The comment's levels, most detailed first: the first that fits COMMENT_BUDGET is posted.
 * The last shows no per-item text at all, so it always fits.
 */
export const COMMENT_LEVELS: Limits[] = [
  {
    shardRows: 20,
    keys: 30,
    shardKeys: 6,
    otherValues: 5,
    failedShards: 10,
    logLines: 30,
    logLineChars: 300,
    invalidLines: 10,
    charts: true,
  },
  {
    shardRows: 20,
    keys: 20,
    shardKeys: 6,
    otherValues: 3,
    failedShards: 5,
    logLines: 15,
    logLineChars: 200,
    invalidLines: 5,
    charts: true,
  },
  {
    shardRows: 10,
    keys: 10,
    shardKeys: 4,
    otherValues: 2,
    failedShards: 3,
    logLines: 5,
    logLineChars: 120,
    invalidLines: 3,
    charts: true,
  },
  {
    shardRows: 0,
    keys: 5,
    shardKeys: 0,
    otherValues: 0,
    failedShards: 0,
    logLines: 0,
    logLineChars: 0,
    invalidLines: 0,
    charts: false,
  },
];

/** The job summary's levels: the full report, bounded for GitHub's 1 MiB summary limit. */
export const SUMMARY_LEVELS: Limits[] = [
  {
    shardRows: 1000,
    keys: 200,
    shardKeys: 10,
    otherValues: 20,
    failedShards: 100,
    logLines: 50,
    logLineChars: 500,
    invalidLines: 100,
    charts: true,
  },
  {
    shardRows: 1000,
    keys: 200,
    shardKeys: 10,
    otherValues: 10,
    failedShards: 100,
    logLines: 20,
    logLineChars: 300,
    invalidLines: 100,
    charts: true,
  },
  {
    shardRows: 500,
    keys: 100,
    shardKeys: 8,
    otherValues: 10,
    failedShards: 50,
    logLines: 10,
    logLineChars: 200,
    invalidLines: 50,
    charts: true,
  },
  ...COMMENT_LEVELS,
];
