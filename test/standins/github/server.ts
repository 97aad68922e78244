import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphqlReply } from './graphql.js';
import { artifactBlob, BLOB_PREFIX } from './operations/actions.js';
import { compileValidators, matchOperation, validateRequest } from './openapi.js';
import { operations, requiredPermission } from './operations/index.js';
import { notFound, resourceNotAccessible, unauthorized, type Handler, type Reply } from './operations/types.js';
import { GitHubState } from './state.js';

/** A request as the stand-in saw it, for tests that want to look. */
export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
}

export interface GitHubStandIn {
  /** Base URL for octokit (`baseUrl`). */
  url: string;
  state: GitHubState;
  requests: RecordedRequest[];
  /** Requests that broke the OpenAPI contract or hit an unimplemented operation: tests assert it stays empty. */
  problems: string[];
  close(): Promise<void>;
}

export interface StandInOptions {
  /** The token requests must carry (`Authorization: token X` or `Bearer X`). */
  token?: string;
  /** Extra or replacement handlers by operationId. */
  handlers?: Record<string, Handler>;
  /**
   * Answers instead of the handler when it returns a reply: scripted failures such as a 403
   * rate limit or a 502, checked against the contract first like any request.
   */
  intercept?: (request: { method: string; path: string; operationId: string }) => Reply | undefined;
  /**
   * The token's permissions (`permissions:` of a workflow), e.g. `{ 'pull-requests': 'read' }`:
   * an operation needing more is answered 403 "Resource not accessible by integration". Unset:
   * every permission is granted.
   */
  permissions?: Record<string, 'read' | 'write' | 'none'>;
  /**
   * Several tokens, each with its permissions (undefined: every permission), instead of `token`
   * and `permissions`: a fork's read-only job token beside the base repository's.
   */
  tokens?: Record<string, Record<string, 'read' | 'write' | 'none'> | undefined>;
  /** Milliseconds to wait before handling a request (slow answers, races). */
  delay?: (request: { method: string; path: string }) => number;
  /** Load GitHub's description and compile the handled operations' validators before answering (benchmarks). */
  warm?: boolean;
}

/** Starts the GitHub API stand-in on 127.0.0.1 with an ephemeral port. */
export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const state = new GitHubState();
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const handlers = { ...operations, ...options.handlers };
  if (options.warm) compileValidators(Object.keys(handlers));
  let baseUrl = '';

  const handle = async (req: IncomingMessage): Promise<{ reply: Reply; operationId?: string }> => {
    const url = new URL(req.url ?? '/', baseUrl);
    const text = await readBody(req);
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|Bearer) /, '');
    const known = options.tokens ? Object.hasOwn(options.tokens, token) : !options.token || token === options.token;
    if (!known) return { reply: unauthorized() };
    const permissions = options.tokens ? (options.tokens[token] ?? undefined) : options.permissions;
    if (req.method === 'POST' && url.pathname === '/graphql') {
      if (!String(req.headers['content-type'] ?? '').includes('json')) problems.push('graphql: not a JSON body');
      return { operationId: 'graphql', reply: graphqlReply(state, parseJson(text), problems) };
    }
    const match = matchOperation(req.method ?? 'GET', url.pathname);
    if (!match) {
      problems.push(`${req.method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
      return { reply: notFound() };
    }
    const operationId = match.operation.operationId;
    let body: unknown;
    if (text) {
      if (!String(req.headers['content-type'] ?? '').includes('json'))
        problems.push(`${operationId}: body sent without a JSON content type`);
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`${operationId}: body is not JSON`);
        return { operationId, reply: { status: 400, body: { message: 'Problems parsing JSON', status: '400' } } };
      }
    }
    const invalid = validateRequest(match, url.searchParams, body);
    if (invalid.length) {
      problems.push(...invalid.map((p) => `${operationId}: ${p}`));
      return {
        operationId,
        reply: { status: 422, body: { message: 'Invalid request.', errors: invalid, status: '422' } },
      };
    }
    const scripted = options.intercept?.({ method: req.method ?? 'GET', path: url.pathname, operationId });
    if (scripted) return { operationId, reply: scripted };
    if (!permitted(permissions, operationId, req.method ?? 'GET'))
      return { operationId, reply: resourceNotAccessible() };
    const handler = handlers[operationId];
    if (!handler) {
      problems.push(`${operationId}: not implemented by the stand-in`);
      return { operationId, reply: { status: 501, body: { message: `stand-in: ${operationId} is not implemented` } } };
    }
    return { operationId, reply: handler({ state, params: match.params, query: url.searchParams, body, baseUrl }) };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Blob storage, where an artifact download redirects: a signed URL, no token, not the API.
    if (req.url?.startsWith(BLOB_PREFIX)) {
      const zip = artifactBlob({ state }, req.url);
      requests.push({ method: req.method ?? 'GET', path: req.url, status: zip ? 200 : 404 });
      res.writeHead(zip ? 200 : 404, { 'content-type': zip ? 'application/zip' : 'text/plain' });
      res.end(zip ?? 'BlobNotFound');
      return;
    }
    const wait = options.delay?.({ method: req.method ?? 'GET', path: new URL(req.url ?? '/', baseUrl).pathname }) ?? 0;
    new Promise((r) => setTimeout(r, wait))
      .then(() => handle(req))
      .then(
        ({ reply, operationId }) => {
          requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', operationId, status: reply.status });
          send(res, reply);
        },
        (err: unknown) => {
          problems.push(`stand-in crashed on ${req.method} ${req.url}: ${String(err)}`);
          send(res, { status: 500, body: { message: 'stand-in error' } });
        },
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    state,
    requests,
    problems,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function permitted(permissions: StandInOptions['permissions'], operationId: string, method: string): boolean {
  if (!permissions) return true;
  const { scope, level } = requiredPermission(operationId, method);
  const granted = permissions[scope] ?? 'none';
  return granted === 'write' || (granted === 'read' && level === 'read');
}

function send(res: ServerResponse, reply: Reply): void {
  const json = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...reply.headers,
  });
  res.end(json);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
