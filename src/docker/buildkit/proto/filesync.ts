// Vendored from github.com/moby/buildkit (Apache License 2.0, Copyright The BuildKit Authors,
// https://www.apache.org/licenses/LICENSE-2.0). The .proto text is kept as a string so that the
// bundled action carries it without a loader; only gogoproto options and the services pinship
// does not serve (FSSend, FileSend) were dropped.
// Source: session/filesync/filesync.proto.
export default `
syntax = "proto3";

package moby.filesync.v1;

service FileSync{
  rpc DiffCopy(stream fsutil.types.Packet) returns (stream fsutil.types.Packet);
  rpc TarStream(stream fsutil.types.Packet) returns (stream fsutil.types.Packet);
}
`;
