import { serverAddress, type RegistryCredentials } from '../registry/credentials.js';

/** What the engine needs to log in to a registry (sent as X-Registry-Auth, never logged). */
export interface EngineAuth {
  username: string;
  password: string;
  serveraddress: string;
}

/** The engine's login for `registry` (as written in the image reference), if there are credentials. */
export function engineAuth(credentials: RegistryCredentials | undefined, registry: string): EngineAuth | undefined {
  return credentials
    ? { username: credentials.username, password: credentials.password, serveraddress: serverAddress(registry) }
    : undefined;
}
