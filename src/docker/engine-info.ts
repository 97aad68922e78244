import type Docker from 'dockerode';
import type { IncomingMessage } from 'node:http';

/** What a build needs to know about the engine before it starts. */
export interface EngineInfo {
  /** `os/arch` in OCI terms (`linux/amd64`): the platform of an image built without --platform. */
  platform: string;
  apiVersion: string;
  /** The `Builder-Version` header of /_ping: "2" BuildKit preferred, "1" BuildKit disabled, "" not said. */
  builderVersion: string;
  /** Whether a network named `bridge` exists (dockerd --bridge=none has none). */
  hasBridge: boolean;
  /** The names of the engine's networks. */
  networks: string[];
}

/** Reads /_ping's headers, /version and the network list, all at once. */
export async function readEngineInfo(docker: Docker): Promise<EngineInfo> {
  const [ping, version, networks] = await Promise.all([pingHeaders(docker), docker.version(), docker.listNetworks()]);
  return {
    platform: `${version.Os}/${version.Arch}`,
    apiVersion: version.ApiVersion,
    builderVersion: String(ping['builder-version'] ?? ''),
    hasBridge: networks.some((n) => n.Name === 'bridge'),
    networks: networks.map((n) => n.Name),
  };
}

function pingHeaders(docker: Docker): Promise<IncomingMessage['headers']> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      { path: '/_ping', method: 'GET', isStream: true, statusCodes: { 200: true } } as never,
      (err: unknown, res: unknown) => {
        if (err) return reject(err);
        const response = res as IncomingMessage;
        response.resume();
        resolve(response.headers);
      },
    );
  });
}
