import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const CREATE_ARTIFACT = '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact';

/**
 * Sits between the actions and act's artifact server (v0.2.89) on 127.0.0.1, which answers the
 * Actions v4 artifact API with two incompatibilities with @actions/artifact 6 (nektos/act#6021):
 * - its CreateArtifactRequest lacks `mime_type` (field 6), which the client sends: act's strict
 *   protojson decoding refuses the request (HTTP 500, empty body). The proxy drops the field.
 * - the blob client (@azure/storage-blob) drops the `=` padding of the `sig` query value of the
 *   upload URL act signed, and act then answers "Error unauthorized". The proxy pads it again.
 * Everything else is forwarded unchanged, the Host header included, so the URLs act signs point
 * back through the proxy. act is started with ACTIONS_RUNTIME_URL set to the proxy (act hands the
 * variable on to the actions when it is set).
 */
export async function startArtifactProxy(actPort: number): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.method === 'POST' && req.url === CREATE_ARTIFACT) {
        const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        delete json.mime_type;
        delete json.mimeType;
        body = Buffer.from(JSON.stringify(json));
      }
      const headers = { ...req.headers, 'content-length': String(body.length) };
      const upstream = request(
        { host: '127.0.0.1', port: actPort, method: req.method, path: padSignature(req.url ?? '/'), headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** `sig=` of act's signed URLs is base64 (URL alphabet) with padding, which Go's decoder requires. */
function padSignature(url: string): string {
  return url.replace(/([?&]sig=)([A-Za-z0-9_-]+)(?=&|$)/, (_m, key: string, sig: string) => {
    return key + sig + '='.repeat((4 - (sig.length % 4)) % 4);
  });
}
