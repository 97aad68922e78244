import protobuf from 'protobufjs';
import auth from './proto/auth.js';
import control from './proto/control.js';
import filesync from './proto/filesync.js';
import fsutil from './proto/fsutil.js';
import health from './proto/health.js';
import ops from './proto/ops.js';
import secrets from './proto/secrets.js';

let root: protobuf.Root | undefined;

/** BuildKit's message definitions (vendored .proto text), parsed once. */
export function buildkitProtos(): protobuf.Root {
  if (root) return root;
  const r = new protobuf.Root();
  // google/protobuf/timestamp.proto ships with protobufjs as a "common" definition.
  r.addJSON(protobuf.common.get('google/protobuf/timestamp.proto')!.nested!);
  for (const text of [ops, control, auth, secrets, fsutil, filesync, health])
    protobuf.parse(text, r, { keepCase: true });
  r.resolveAll();
  root = r;
  return r;
}

/** One message type by its full name, e.g. `moby.buildkit.v1.StatusResponse`. */
export function messageType(name: string): protobuf.Type {
  return buildkitProtos().lookupType(name);
}
