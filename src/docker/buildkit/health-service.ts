import type { SessionService } from './grpc-service.js';

/**
 * grpc.health.v1.Health/Check, answered SERVING. The engine checks the session's health every
 * second or so while it is open and drops the connection when the check fails (BuildKit's
 * session/grpc.go monitorHealth); the docker CLI's session serves it too. Without it, a session
 * still in use after the first check (a long file sync) ends with "transport is closing".
 */
export function healthService(): SessionService {
  return {
    name: 'grpc.health.v1.Health',
    handlers: {
      async Check() {
        return { status: 1 }; // SERVING
      },
    },
  };
}
