import { PinshipError, describeError } from '../errors.js';

/** What pinship was doing when the API server refused: the parts of an RBAC rule. */
export interface KubeRequest {
  /** RBAC verb: get, list, watch, create, patch, delete. */
  verb: string;
  /** Resource with its group as RBAC names it: `jobs.batch`, `pods`, `pods/log`. */
  resource: string;
  namespace?: string;
  name?: string;
}

/** The HTTP status of an error from the client library (generated API, Watch, Log), if any. */
export function statusCode(err: unknown): number | undefined {
  const e = err as { code?: unknown; statusCode?: unknown } | undefined;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  if (typeof e?.code === 'number') return e.code;
  return undefined;
}

/** The API server's Status object (`{reason, message, details}`) carried by an ApiException, if any. */
export function apiStatus(
  err: unknown,
): { reason?: string; message?: string; details?: { kind?: string; name?: string } } | undefined {
  let body = (err as { body?: unknown } | undefined)?.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return body ? { message: String(body) } : undefined;
    }
  }
  return body && typeof body === 'object' ? (body as { reason?: string; message?: string }) : undefined;
}

export const isNotFound = (err: unknown): boolean => statusCode(err) === 404;
/** A 404 about the namespace itself (`namespaces "x" not found`), not about the object. */
export const isMissingNamespace = (err: unknown): boolean =>
  isNotFound(err) && apiStatus(err)?.details?.kind === 'namespaces';

/** The object's namespace is not there: say so, and how to get one. */
export function namespaceMissing(namespace: string, cause: unknown): PinshipError {
  return new PinshipError(`namespace ${namespace} does not exist`, {
    cause,
    hint:
      `create it with kubectl create namespace ${namespace}, ` +
      'or pass --namespace (action input namespace) naming another',
  });
}
export const isConflict = (err: unknown): boolean => statusCode(err) === 409;
export const isForbidden = (err: unknown): boolean => statusCode(err) === 403;
/** 410 Gone: the resourceVersion a watch asked for was compacted away; only a new list helps. */
export const isGone = (err: unknown): boolean => statusCode(err) === 410;

/**
 * One short line for an error of the client library: `HTTP 503: service unavailable` rather
 * than the library's message, which carries every response header.
 */
export function kubeErrorText(err: unknown): string {
  const code = statusCode(err);
  if (code === undefined) return describeError(err);
  const said =
    apiStatus(err)?.message?.trim() ||
    (err instanceof Error && !err.message.startsWith('HTTP-Code') ? err.message : '');
  return `HTTP ${code}${said ? `: ${said}` : ''}`;
}

/** `job/x in namespace y` for messages. */
export function describeRequest(req: KubeRequest): string {
  const target = req.name ? `${req.resource} ${req.name}` : req.resource;
  return req.namespace ? `${target} in namespace ${req.namespace}` : target;
}

/**
 * Wraps an error of the client library with the request in progress. A 403 names the refused
 * verb, resource and namespace, which is what a Role needs; other statuses keep the API
 * server's own message (it names the field of a 422).
 */
export function kubeError(req: KubeRequest, err: unknown): PinshipError {
  if (err instanceof PinshipError) return err;
  const code = statusCode(err);
  const status = apiStatus(err);
  const said =
    status?.message?.trim() ||
    (code === undefined ? describeError(err) : kubeErrorText(err).replace(/^HTTP \d+: ?/, '') || 'no message');
  if (code === 403) {
    return new PinshipError(`forbidden: cannot ${req.verb} ${describeRequest(req)}: ${said}`, {
      cause: err,
      hint:
        `grant the identity "${req.verb}" on ${req.resource}${req.namespace ? ` in ${req.namespace}` : ''}; ` +
        'README (Run on Kubernetes) lists the Role pinship needs',
    });
  }
  if (code === 401) {
    return new PinshipError(`unauthorized: the API server did not accept the credentials (${said})`, {
      cause: err,
      field: 'kubeconfig',
    });
  }
  return new PinshipError(`${req.verb} ${describeRequest(req)}: ${code ? `HTTP ${code}: ` : ''}${said}`, {
    cause: err,
  });
}
