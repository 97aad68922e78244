import * as grpc from '@grpc/grpc-js';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type Docker from 'dockerode';
import { describeError, PinshipError } from '../../errors.js';
import { addService, methodPaths, type SessionService } from './grpc-service.js';
import { healthService } from './health-service.js';

/** A BuildKit session the engine can call back into during one build. */
export interface BuildSession {
  /** The `session` parameter of POST /build. */
  id: string;
  close(): void;
}

/**
 * Opens a session: `POST /session` upgraded to h2c (moby's api/server/router/session), after
 * which the engine is the HTTP/2 client and we are the gRPC server on the same connection. The
 * headers name the session and every method served: BuildKit calls only announced methods
 * (registry credentials for FROM and cache import, build secrets, the context's file sync), and
 * treats others as absent.
 */
export async function openSession(
  docker: Docker,
  services: readonly SessionService[],
  options: { sharedKey?: string } = {},
): Promise<BuildSession> {
  const id = randomUUID();
  const all = [healthService(), ...services];
  const socket = await new Promise<Duplex>((resolve, reject) => {
    docker.modem.dial(
      {
        method: 'POST',
        path: '/session',
        hijack: true,
        headers: {
          Upgrade: 'h2c',
          'X-Docker-Expose-Session-Uuid': id,
          'X-Docker-Expose-Session-Name': 'pinship',
          // Names the engine's copy of the last context sent from the same place: the file sync
          // then asks only for files whose stat changed (the docker CLI hashes the context path).
          'X-Docker-Expose-Session-Sharedkey': options.sharedKey ?? randomBytes(16).toString('hex'),
          'X-Docker-Expose-Session-Grpc-Method': methodPaths(all),
        },
        statusCodes: { 101: true, 200: true, 400: 'bad request', 404: 'no session endpoint', 500: 'server error' },
      } as never,
      (err: unknown, sock: unknown) => {
        if (err) {
          reject(new PinshipError(`opening a BuildKit session with the engine: ${describeError(err)}`, { cause: err }));
        } else {
          resolve(sock as Duplex);
        }
      },
    );
  });
  const server = new grpc.Server();
  for (const service of all) addService(server, service);
  const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  // A broken session shows as the build's own error ("no active sessions", a failed pull).
  socket.on('error', () => undefined);
  injector.injectConnection(socket);
  return {
    id,
    close() {
      injector.destroy();
      server.forceShutdown();
      socket.destroy();
    },
  };
}
