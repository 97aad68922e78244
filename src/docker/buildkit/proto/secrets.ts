// Vendored from github.com/moby/buildkit (Apache License 2.0, Copyright The BuildKit Authors,
// https://www.apache.org/licenses/LICENSE-2.0). The .proto text is kept as a string so that the
// bundled action carries it without a loader; only gogoproto options were dropped.
// Source: session/secrets/secrets.proto.
export default `
syntax = "proto3";

package moby.buildkit.secrets.v1;

service Secrets{
  rpc GetSecret(GetSecretRequest) returns (GetSecretResponse);
}

message GetSecretRequest {
	string ID = 1;
	map<string, string> annotations = 2;
}

message GetSecretResponse {
	bytes data = 1;
}
`;
