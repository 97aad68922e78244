// Vendored from github.com/moby/buildkit (Apache License 2.0, Copyright The BuildKit Authors,
// https://www.apache.org/licenses/LICENSE-2.0). The .proto text is kept as a string so that the
// bundled action carries it without a loader. Only the messages StatusResponse refers to are
// kept; SourceInfo's `definition` (3, an LLB Definition) is dropped and skipped when decoding.
// Source: solver/pb/ops.proto.
export default `
syntax = "proto3";

package pb;

// Source info contains the shared metadata of a source mapping
message SourceInfo {
	string filename = 1;
	bytes data = 2;
	string language = 4;
}

// Range is an area in the source file
message Range {
	Position start = 1;
	Position end = 2;
}

// Position is single location in a source file
message Position {
	int32 line = 1;
	int32 character = 2;
}

message ProgressGroup {
	string id = 1;
	string name = 2;
	bool weak = 3;
}
`;
