import type { GitHubState } from '../state.js';

/** What a handler answers: status, JSON body and extra headers. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface OperationContext {
  state: GitHubState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
  /** The stand-in's base URL, for `url` fields. */
  baseUrl: string;
}

export type Handler = (ctx: OperationContext) => Reply;

export function notFound(documentation = 'https://docs.github.com/rest'): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: documentation, status: '404' } };
}

/** GitHub's answer to a missing or wrong token. */
export function unauthorized(): Reply {
  return {
    status: 401,
    body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
  };
}

/** GitHub's 422 body shape. */
export function validationFailed(documentation: string, errors: object[]): Reply {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors, documentation_url: documentation, status: '422' },
  };
}

/** What GitHub answers an installation token (GITHUB_TOKEN) that lacks the operation's permission. */
export function resourceNotAccessible(): Reply {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403',
    },
    headers: { 'x-accepted-github-permissions': '' },
  };
}

/** A secondary rate limit: 403 with `retry-after` (seconds), as GitHub sends it. */
export function secondaryRateLimit(retryAfterSeconds: number): Reply {
  return {
    status: 403,
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4990' },
  };
}

/** What a load balancer in front of GitHub answers when the backend is away. */
export function badGateway(): Reply {
  return { status: 502, body: { message: 'Server Error' } };
}
