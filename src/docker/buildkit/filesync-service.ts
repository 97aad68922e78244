import * as grpc from '@grpc/grpc-js';
import { describeError } from '../../errors.js';
import { selectEntries, type SyncEntry, type SyncRequest } from './filesync-selection.js';
import type { SessionService, StreamCall } from './grpc-service.js';

/** A directory the engine may read over the session, by the name BuildKit asks for. */
export interface SyncedDir {
  /** Every entry, in walk order (see selectEntries); BuildKit's patterns choose among them. */
  entries: readonly SyncEntry[];
  /** A file's content in chunks; throws (a PinshipError) when it cannot be sent as listed. */
  content(entry: SyncEntry): AsyncIterable<Buffer> | Iterable<Buffer>;
  /** The `.dockerignore` patterns BuildKit will send back as exclude patterns (see metadataValues). */
  ignorePatterns?: readonly string[];
}

// fsutil's types.Packet.PacketType (types/wire.proto).
const STAT = 0;
const REQ = 1;
const DATA = 2;
const FIN = 3;
const ERR = 4;

// Go's os.FileMode bits, which fsutil puts in Stat.mode (stat_unix.go: uint32(fi.Mode())).
const GO_MODE = {
  directory: 2 ** 31,
  symlink: 2 ** 27,
  fifo: 2 ** 25,
  setuid: 2 ** 23,
  setgid: 2 ** 22,
  sticky: 2 ** 20,
} as const;

/**
 * moby.filesync.v1.FileSync/DiffCopy, the sending side of fsutil's protocol (send.go) as the
 * docker CLI serves it for `docker build` with BuildKit. The engine opens one call per local
 * source, naming the directory (`dir-name`: `context`, `dockerfile`) and its include, exclude and
 * follow patterns in the call's metadata. We send a STAT for every chosen entry in walk order
 * (its index is its id), then an empty STAT; the engine compares them with what it kept from the
 * last transfer under the session's shared key and sends a REQ for each file it lacks; each is
 * answered with DATA packets and an empty DATA; its FIN is answered with FIN. A failure (a file
 * that changed since it was hashed) is handed to `onError` and sent as an ERR packet, which fails
 * the build.
 */
export function fileSyncService(dirs: ReadonlyMap<string, SyncedDir>, onError: (err: unknown) => void): SessionService {
  return {
    name: 'moby.filesync.v1.FileSync',
    handlers: {},
    streams: { DiffCopy: (call) => diffCopy(call, dirs, onError) },
  };
}

function diffCopy(call: StreamCall, dirs: ReadonlyMap<string, SyncedDir>, onError: (err: unknown) => void): void {
  const name = metadataValues(call.metadata, 'dir-name')[0] ?? '';
  const dir = dirs.get(name);
  if (!dir) {
    call.emit('error', { code: grpc.status.NOT_FOUND, details: `no access allowed to dir "${name}"` });
    return;
  }
  const files = sendStats(call, dir, syncRequest(call, dir));
  serveFiles(call, dir, files, onError);
}

/** The include, exclude and follow patterns the engine put in the call's metadata. */
function syncRequest(call: StreamCall, dir: SyncedDir): SyncRequest {
  // What a value holding ", " can be, to undo Node's joining of repeated headers (metadataValues).
  const known = new Set([...dir.entries.map((e) => e.path), ...(dir.ignorePatterns ?? [])]);
  return {
    includePatterns: optionalValues(call.metadata, 'include-patterns', known),
    excludePatterns: optionalValues(call.metadata, 'exclude-patterns', known),
    followPaths: optionalValues(call.metadata, 'followpaths', known),
  };
}

/** A STAT for every chosen entry, then the empty one; returns the files by id (their index). */
function sendStats(call: StreamCall, dir: SyncedDir, request: SyncRequest): Map<number, SyncEntry> {
  const files = new Map<number, SyncEntry>();
  for (const [id, entry] of selectEntries(dir.entries, request).entries()) {
    if (entry.kind === 'file') files.set(id, entry);
    call.write({ type: STAT, stat: wireStat(entry) });
  }
  call.write({ type: STAT }); // end of the walk
  return files;
}

/** Answers the engine's REQs with each file's DATA, in the order asked, until its FIN or ERR. */
function serveFiles(
  call: StreamCall,
  dir: SyncedDir,
  files: ReadonlyMap<number, SyncEntry>,
  onError: (err: unknown) => void,
): void {
  const requested: number[] = [];
  let pumping = false;
  let finished = false;
  let cancelled = false;
  // Ends the call once, after a last packet; a call the engine already tore down is left alone.
  const finish = (last?: Record<string, unknown>) => {
    if (finished) return;
    finished = true;
    try {
      if (last && !cancelled) call.write(last);
      call.end();
    } catch {
      // The engine closed the stream first: its own error tells the story.
    }
  };
  const fail = (err: unknown) => {
    if (finished || cancelled) return;
    onError(err);
    finish({ type: ERR, data: Buffer.from(describeError(err)) });
  };
  const pump = async () => {
    for (let id = requested.shift(); id !== undefined && !finished; id = requested.shift()) {
      const entry = files.get(id);
      if (!entry) throw new Error(`the engine asked for an unknown file id ${id}`);
      await sendFile(call, dir, id, entry, () => finished);
    }
  };
  call.on('data', (packet: { type?: number; ID?: number; data?: Uint8Array }) => {
    if (finished) return;
    if (packet.type === REQ) {
      requested.push(packet.ID ?? 0);
      if (!pumping) {
        pumping = true;
        pump()
          .catch(fail)
          .finally(() => {
            pumping = false;
          });
      }
    } else if (packet.type === FIN) {
      finish({ type: FIN }); // the engine sends FIN once every file it asked for has arrived
    } else if (packet.type === ERR) {
      finish();
    }
  });
  const torndown = () => {
    cancelled = true;
    finished = true;
  };
  call.on('cancelled', torndown);
  call.on('error', torndown);
}

/** One file's DATA packets (waiting for the stream to drain), then the empty DATA that ends it. */
async function sendFile(
  call: StreamCall,
  dir: SyncedDir,
  id: number,
  entry: SyncEntry,
  finished: () => boolean,
): Promise<void> {
  for await (const chunk of dir.content(entry)) {
    if (finished()) return;
    if (!call.write({ type: DATA, ID: id, data: chunk })) await drained(call);
  }
  if (!finished()) call.write({ type: DATA, ID: id }); // end of this file
}

/** fsutil's Stat for an entry: Go file mode bits, owner root (as the docker CLI sends the context). */
function wireStat(entry: SyncEntry): Record<string, unknown> {
  let mode = entry.mode & 0o777;
  if (entry.mode & 0o4000) mode += GO_MODE.setuid;
  if (entry.mode & 0o2000) mode += GO_MODE.setgid;
  if (entry.mode & 0o1000) mode += GO_MODE.sticky;
  if (entry.kind !== 'file') mode += GO_MODE[entry.kind];
  return {
    path: entry.path,
    mode,
    uid: 0,
    gid: 0,
    size: entry.size,
    modTime: entry.modTimeNs,
    linkname: entry.linkname ?? '',
  };
}

function drained(call: StreamCall): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      call.off('drain', done);
      call.off('close', done);
      resolve();
    };
    call.once('drain', done);
    call.once('close', done);
  });
}

/**
 * A metadata key's values. Go's gRPC sends a list as repeated headers, which Node's HTTP/2 joins
 * with ", " (and grpc-js keeps joined). Split there, pieces are joined back where together they
 * make a path of the directory or one of its `.dockerignore` patterns (the longest such run), so
 * that a name holding ", " survives. Values marked `<key>-encoded` are query-escaped (non-ASCII).
 */
function metadataValues(metadata: grpc.Metadata, key: string, known: ReadonlySet<string> = new Set()): string[] {
  const values = metadata.get(key).flatMap((v) => rejoin(String(v).split(', '), known));
  const encoded = metadata.get(`${key}-encoded`).map(String)[0];
  if (encoded !== '1' && encoded !== 'true') return values;
  return values.map((v) => decodeURIComponent(v.replace(/\+/g, ' ')));
}

export function rejoin(pieces: readonly string[], known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let end = i + 1;
    for (let j = pieces.length; j > i + 1; j--) {
      if (known.has(pieces.slice(i, j).join(', '))) {
        end = j;
        break;
      }
    }
    out.push(pieces.slice(i, end).join(', '));
    i = end;
  }
  return out;
}

function optionalValues(metadata: grpc.Metadata, key: string, known: ReadonlySet<string>): string[] | undefined {
  const values = metadataValues(metadata, key, known);
  return values.length ? values : undefined;
}
