import { messageType } from './protos.js';

/** A build step (LLB vertex) as BuildKit reports it; times in ms since the epoch. */
export interface TraceVertex {
  digest: string;
  name: string;
  cached: boolean;
  started?: number;
  completed?: number;
  error: string;
}

/** A chunk of a step's output (stream 1 stdout, 2 stderr); not line-aligned. */
export interface TraceLog {
  vertex: string;
  stream: number;
  msg: Buffer;
}

/** Progress of a sub-task of a step (a layer being pulled, the context being received). */
export interface TraceStatus {
  id: string;
  vertex: string;
  current: number;
  total: number;
  completed?: number;
}

export interface TraceWarning {
  vertex: string;
  short: string;
}

/** One `moby.buildkit.v1.StatusResponse`, as the engine relays it in the build stream. */
export interface BuildTrace {
  vertexes: TraceVertex[];
  statuses: TraceStatus[];
  logs: TraceLog[];
  warnings: TraceWarning[];
}

/** The engine's JSON message id for BuildKit progress: its `aux` is a base64 StatusResponse. */
export const TRACE_ID = 'moby.buildkit.trace';

interface Timestamp {
  seconds?: number | { toNumber(): number };
  nanos?: number;
}

/** Decodes the `aux` of a `moby.buildkit.trace` message (control.proto's StatusResponse). */
export function decodeTrace(aux: string): BuildTrace {
  const type = messageType('moby.buildkit.v1.StatusResponse');
  const raw = type.toObject(type.decode(Buffer.from(aux, 'base64')), { longs: Number, defaults: true }) as {
    vertexes: {
      digest: string;
      name: string;
      cached: boolean;
      started?: Timestamp;
      completed?: Timestamp;
      error: string;
    }[];
    statuses: { ID: string; vertex: string; current: number; total: number; completed?: Timestamp }[];
    logs: { vertex: string; stream: number; msg: Uint8Array }[];
    warnings: { vertex: string; short: Uint8Array }[];
  };
  return {
    vertexes: raw.vertexes.map((v) => ({
      digest: v.digest,
      name: v.name,
      cached: v.cached,
      error: v.error,
      started: millis(v.started),
      completed: millis(v.completed),
    })),
    statuses: raw.statuses.map((s) => ({
      id: s.ID,
      vertex: s.vertex,
      current: s.current,
      total: s.total,
      completed: millis(s.completed),
    })),
    logs: raw.logs.map((l) => ({ vertex: l.vertex, stream: l.stream, msg: Buffer.from(l.msg) })),
    warnings: raw.warnings.map((w) => ({ vertex: w.vertex, short: Buffer.from(w.short).toString('utf8') })),
  };
}

function millis(t: Timestamp | undefined): number | undefined {
  if (!t) return undefined;
  const seconds = typeof t.seconds === 'object' ? t.seconds.toNumber() : (t.seconds ?? 0);
  return seconds * 1000 + Math.floor((t.nanos ?? 0) / 1e6);
}
