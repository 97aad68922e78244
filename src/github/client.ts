import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import type { Logger } from '../log/logger.js';

export interface GitHubClientOptions {
  token: string;
  /** API root: https://api.github.com, a GHES `/api/v3`, or the test stand-in. */
  baseUrl?: string;
  log?: Logger;
  /** Retries on 5xx and rate limits (plugin defaults: 3). */
  retries?: number;
  /**
   * Milliseconds per second of `retry-after` and of the retry back-off (the plugins' option,
   * default 1000). Only tests lower it, to keep waits short.
   */
  retryAfterBaseValue?: number;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof RetryingOctokit>;

let clients = 0;
// GitHub asks for mutating requests one at a time, and a second apart when making many of them
// (REST API best practices); a report makes two or three (the viewer query, the comment, the
// check): one at a time here, without the plugin's second between each. Comments keep its 3 s.
const writes = new Bottleneck.Group({ maxConcurrent: 1 });

/** An Octokit that retries server errors and waits out primary and secondary rate limits. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const warn = (m: string) => options.log?.warn(m);
  const base = options.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: options.retryAfterBaseValue };
  return new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? 'https://api.github.com',
    userAgent: 'pinship',
    // Through the plugin's own option: a `request.retries` default would make plugin-retry's
    // limiter retry every failure, 422s included (it reads that field for any failed request).
    retry: { retries, ...base },
    // `error` is plugin-request-log's line for every failed request: the caller throws or handles
    // it (a 403 that falls back to a commit status is not worth a warning of its own).
    log: { debug: () => {}, info: () => {}, warn, error: (m: string) => options.log?.debug(m) },
    throttle: {
      ...base,
      // The plugin's limiters are shared by every client of the process under this id: each
      // client keeps its own, so one client's comment pace does not hold another's (the tests
      // make hundreds of clients in one process).
      id: `pinship-${++clients}`,
      write: writes,
      onRateLimit: (after: number, req: { method: string; url: string }, _o: unknown, count: number) => {
        warn(`rate limited on ${req.method} ${req.url}; retrying in ${after}s`);
        return count < retries;
      },
      onSecondaryRateLimit: (after: number, req: { method: string; url: string }, _o: unknown, count: number) => {
        warn(`secondary rate limit on ${req.method} ${req.url}; retrying in ${after}s`);
        return count < retries;
      },
    },
  });
}
