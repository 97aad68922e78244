import type { SessionService } from './grpc-service.js';

/** A registry login, as the engine's Auth service hands it to BuildKit. */
export interface RegistryLogin {
  username: string;
  password: string;
}

/**
 * moby.filesync.v1.Auth/Credentials: BuildKit asks for a registry host's login before pulling a
 * base image or importing a cache from it (session/auth/auth.proto). An empty answer means
 * anonymous. FetchToken and GetTokenAuthority are not served: BuildKit then fetches tokens itself
 * with these credentials (session/auth/authprovider falls back on Unimplemented).
 */
export function authService(loginFor: (host: string) => Promise<RegistryLogin | undefined>): SessionService {
  return {
    name: 'moby.filesync.v1.Auth',
    handlers: {
      async Credentials(request) {
        const login = await loginFor(String(request.Host ?? ''));
        return login ? { Username: login.username, Secret: login.password } : {};
      },
    },
  };
}
