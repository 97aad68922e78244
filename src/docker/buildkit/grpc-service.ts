import * as grpc from '@grpc/grpc-js';
import { buildkitProtos } from './protos.js';

/** A unary method's handler: the decoded request in, the response object out (or a gRPC error). */
export type UnaryHandler = (request: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** A bidirectional stream's call: decoded messages in, objects written out. */
export type StreamCall = grpc.ServerDuplexStream<Record<string, unknown>, Record<string, unknown>>;

/** One gRPC service the session serves: its full name and handlers for some of its methods. */
export interface SessionService {
  /** e.g. `moby.filesync.v1.Auth` */
  name: string;
  handlers: Record<string, UnaryHandler>;
  /** Bidirectional streaming methods (FileSync/DiffCopy). */
  streams?: Record<string, (call: StreamCall) => void>;
}

/** An error BuildKit reads by its gRPC code (NotFound: "no such secret", Unimplemented…). */
export class GrpcError extends Error {
  constructor(
    readonly code: grpc.status,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The `/<service>/<method>` paths a session serves: BuildKit asks only for methods the client
 * announced (X-Docker-Expose-Session-Grpc-Method).
 */
export function methodPaths(services: readonly SessionService[]): string[] {
  return services.flatMap((s) =>
    [...Object.keys(s.handlers), ...Object.keys(s.streams ?? {})].map((m) => `/${s.name}/${m}`),
  );
}

/** Adds `service` to a grpc-js server, encoding with the vendored BuildKit definitions. */
export function addService(server: grpc.Server, service: SessionService): void {
  const definition = buildkitProtos().lookupService(service.name);
  const methods: Record<string, grpc.MethodDefinition<Record<string, unknown>, Record<string, unknown>>> = {};
  const impl: grpc.UntypedServiceImplementation = {};
  const definitionOf = (name: string, streaming: boolean) => {
    const method = definition.methods[name];
    if (!method) throw new Error(`${service.name} has no method ${name}`);
    method.resolve();
    const requestType = method.resolvedRequestType!;
    const responseType = method.resolvedResponseType!;
    methods[name] = {
      path: `/${service.name}/${name}`,
      requestStream: streaming,
      responseStream: streaming,
      requestSerialize: (m: Record<string, unknown>) =>
        Buffer.from(requestType.encode(requestType.fromObject(m)).finish()),
      requestDeserialize: (b: Buffer) => requestType.toObject(requestType.decode(b), { defaults: true }),
      responseSerialize: (m: Record<string, unknown>) =>
        Buffer.from(responseType.encode(responseType.fromObject(m)).finish()),
      responseDeserialize: (b: Buffer) => responseType.toObject(responseType.decode(b), { defaults: true }),
    };
  };
  for (const [name, handler] of Object.entries(service.handlers)) {
    definitionOf(name, false);
    type Call = grpc.ServerUnaryCall<Record<string, unknown>, unknown>;
    impl[name] = ((call: Call, callback: grpc.sendUnaryData<unknown>) => {
      handler(call.request).then(
        (response) => callback(null, response),
        (err: unknown) =>
          callback({
            code: err instanceof GrpcError ? err.code : grpc.status.INTERNAL,
            details: err instanceof Error ? err.message : String(err),
          }),
      );
    }) as grpc.handleUnaryCall<unknown, unknown>;
  }
  for (const [name, handler] of Object.entries(service.streams ?? {})) {
    definitionOf(name, true);
    impl[name] = handler as grpc.handleBidiStreamingCall<unknown, unknown>;
  }
  server.addService(methods as grpc.ServiceDefinition, impl);
}
