// Vendored from github.com/grpc/grpc-proto (Apache License 2.0, Copyright 2015 The gRPC Authors,
// https://www.apache.org/licenses/LICENSE-2.0). The .proto text is kept as a string so that the
// bundled action carries it without a loader; Watch and the options were dropped.
// Source: grpc/health/v1/health.proto.
export default `
syntax = "proto3";

package grpc.health.v1;

message HealthCheckRequest {
  string service = 1;
}

message HealthCheckResponse {
  enum ServingStatus {
    UNKNOWN = 0;
    SERVING = 1;
    NOT_SERVING = 2;
    SERVICE_UNKNOWN = 3;
  }
  ServingStatus status = 1;
}

service Health {
  rpc Check(HealthCheckRequest) returns (HealthCheckResponse);
}
`;
