import * as grpc from '@grpc/grpc-js';
import { GrpcError, type SessionService } from './grpc-service.js';

/**
 * moby.buildkit.secrets.v1.Secrets/GetSecret: the content of `RUN --mount=type=secret,id=X`
 * (session/secrets/secrets.proto). An unknown id answers NotFound, which BuildKit reports as
 * "secret X: not found" (or skips, for `required=false` mounts).
 */
export function secretsService(secrets: ReadonlyMap<string, Buffer>): SessionService {
  return {
    name: 'moby.buildkit.secrets.v1.Secrets',
    handlers: {
      async GetSecret(request) {
        const data = secrets.get(String(request.ID ?? ''));
        if (!data) throw new GrpcError(grpc.status.NOT_FOUND, `secret ${String(request.ID)} not found`);
        return { data };
      },
    },
  };
}
