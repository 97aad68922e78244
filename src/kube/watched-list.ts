import { Watch, type KubernetesListObject, type KubernetesObject } from '@kubernetes/client-node';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Logger } from '../log/logger.js';
import { kubeError, kubeErrorText, statusCode, type KubeRequest } from './api-error.js';
import { StreamedListWatch } from './streamed-list-watch.js';

export interface WatchedListOptions<T extends KubernetesObject> {
  /** The collection's URL path: `/api/v1/namespaces/ns/pods`. */
  path: string;
  /**
   * Lists the same collection, with the same selectors, one page at a time: pass `limit` and
   * `continue` on to the API (a caller that ignores them lists everything in one page).
   */
  list: (page: ListPage) => Promise<KubernetesListObject<T>>;
  /**
   * Drops what the caller never reads from an object as it enters the cache, in place (the cache
   * holds the object it was given): a cache of thousands of pods keeps only the fields it needs.
   */
  trim?: (object: T) => void;
  /**
   * Objects already read (a GET or another list) and the resourceVersion they were read at: the
   * cache starts from them and the watch from that version, without a list of its own. A
   * resourceVersion is a point in the whole store's history, so any object's or list's will do.
   * A watch that cannot resume from it (410) lists as usual.
   */
  seed?: { items: T[]; resourceVersion: string };
  labelSelector?: string;
  fieldSelector?: string;
  /** For messages: what is watched (an RBAC request, verb filled in per call). */
  request: Omit<KubeRequest, 'verb'>;
  log: Logger;
  /** Called after every change of the cache (add, update, delete, re-list). */
  onChange?: (event: 'add' | 'update' | 'delete', object: T) => void;
}

/** One page of a list: at most `limit` objects, from where the previous page's `continue` left off. */
export interface ListPage {
  limit: number;
  continue?: string;
}

/** Objects per list page: a re-list of 10,000 pods never holds more than this many untrimmed. */
const LIST_PAGE = 500;
/** Statuses a retry cannot fix: the identity may not watch, or the collection does not exist. */
const FATAL = new Set([401, 403, 404]);
/**
 * How long a 401 or 403 right after the connection was lost is retried: an API server that just
 * restarted refuses requests until its authorizer has read the RBAC objects again.
 */
const AUTH_SETTLE_MS = 30_000;
/** A quiet watch is re-opened (from its resourceVersion) this often; a watch that died unseen is found as fast. */
const WATCH_IDLE_MS = 120_000;
const MAX_RETRY_MS = 8_000;

/**
 * A cache of one collection kept by list-then-watch, as client-go's informers do, in one request
 * where the API server can (StreamedListWatch: the list comes as the watch's initial events): a
 * watch that closes resumes from the last resourceVersion it saw; 410 Gone (the version was
 * compacted away) re-lists. Errors the library leaves to its user (API server down,
 * connection refused) are retried here with a capped backoff; only 401/403/404 end it.
 * Waiting is a condition over the cache (`waitFor`), evaluated on every change, never a GET loop.
 */
export class WatchedList<T extends KubernetesObject> {
  private readonly informer: StreamedListWatch<T>;
  private readonly waiters = new Set<() => void>();
  private failure: Error | undefined;
  private retryMs = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Set by an error that is not the API server's answer (it went away); cleared by any event. */
  private reconnecting = false;
  /** When the current run of 401/403 answers after a reconnect began. */
  private refusedSinceMs: number | undefined;
  /** Whether the cache starts from `options.seed` rather than a list. */
  private readonly seeded: boolean;
  /**
   * How often the watch had to be re-opened after an error, and how often the whole collection was
   * asked for (a list, or a watch's initial events; the first included).
   */
  readonly stats = { lists: 0, errors: 0 };

  constructor(
    config: KubeConfig,
    private readonly options: WatchedListOptions<T>,
  ) {
    const watch = new Watch(config);
    // Private in the typings, but the only knob for the library's 30 s inactivity timeout.
    (watch as unknown as { requestTimeoutMs: number }).requestTimeoutMs = WATCH_IDLE_MS;
    this.seeded = Boolean(options.seed?.resourceVersion);
    this.informer = new StreamedListWatch<T>({
      path: options.path,
      server: config.getCurrentCluster()?.server ?? '',
      watch,
      list: () => this.listPages(),
      labelSelector: options.labelSelector,
      fieldSelector: options.fieldSelector,
      seed: this.seeded ? options.seed : undefined,
      onFetch: () => {
        this.stats.lists += 1;
        if (this.stats.lists > 1 || this.seeded)
          options.log.debug(`re-listing ${this.what()} (its watch could not resume)`);
      },
    });
    for (const verb of ['add', 'update', 'delete'] as const) {
      this.informer.on(verb, (object) => {
        if (verb !== 'delete') options.trim?.(object);
        this.retryMs = 0;
        this.reconnecting = false;
        this.refusedSinceMs = undefined;
        options.onChange?.(verb, object);
        this.wake();
      });
    }
    this.informer.on('error', (err) => this.onError(err));
  }

  /** Lists (or is seeded), starts watching, and resolves once the collection is in the cache. */
  async start(): Promise<void> {
    await this.informer.start();
    if (this.failure) throw this.failure;
  }

  items(): readonly T[] {
    return this.informer.list();
  }

  /** The cached object of that name, if any. */
  get(name: string, namespace?: string): T | undefined {
    return this.informer.get(name, namespace);
  }

  /** Resolves with the first truthy value of `condition` over the cache; re-evaluated on every change. */
  waitFor<R>(condition: () => R | undefined | false | null, signal?: AbortSignal): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const check = () => {
        if (this.failure) return finish(() => reject(this.failure));
        if (signal?.aborted) return finish(() => reject(signal.reason));
        const value = condition();
        if (value) finish(() => resolve(value));
      };
      const finish = (settle: () => void) => {
        this.waiters.delete(check);
        signal?.removeEventListener('abort', check);
        settle();
      };
      this.waiters.add(check);
      signal?.addEventListener('abort', check, { once: true });
      check();
    });
  }

  /** Re-evaluates every waiter's condition (for conditions that also read other caches). */
  wake(): void {
    for (const check of [...this.waiters]) check();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.informer.stop();
  }

  /**
   * Lists page by page (trimming each page as it comes) into one list. Every page is read at the
   * first page's resourceVersion (the API server's continue token keeps the snapshot), which the
   * watch then starts from; a token that expired (410) fails the list, which is retried whole.
   */
  private async listPages(): Promise<KubernetesListObject<T>> {
    const items: T[] = [];
    let first: KubernetesListObject<T> | undefined;
    let next: string | undefined;
    do {
      const page = await this.options.list({ limit: LIST_PAGE, ...(next ? { continue: next } : {}) });
      first ??= page;
      if (this.options.trim) for (const item of page.items) this.options.trim(item);
      items.push(...page.items);
      next = page.metadata?._continue;
    } while (next);
    return { ...first, items, metadata: { ...first.metadata, _continue: undefined } };
  }

  private onError(err: unknown): void {
    if (this.stopped) return;
    const code = statusCode(err);
    if (code !== undefined && FATAL.has(code) && !this.settlingAfterRestart(code)) {
      this.failure = kubeError(
        { verb: this.stats.lists === 0 && !this.seeded ? 'list' : 'watch', ...this.options.request },
        err,
      );
      this.wake();
      return;
    }
    if (code === undefined || code >= 500) this.reconnecting = true;
    // The library stops after an error it does not handle: restart it. start() keeps the
    // resourceVersion, so the watch resumes where it was (a failed list starts over).
    this.stats.errors += 1;
    this.retryMs = Math.min(this.retryMs ? this.retryMs * 2 : 500, MAX_RETRY_MS);
    this.options.log.debug(`watch of ${this.what()} failed (${kubeErrorText(err)}); retrying in ${this.retryMs} ms`);
    this.retryTimer = setTimeout(() => {
      if (!this.stopped) this.informer.start().catch((e: unknown) => this.onError(e));
    }, this.retryMs);
  }

  /** Whether a 401/403 may be the API server coming back rather than a refusal that stays. */
  private settlingAfterRestart(code: number): boolean {
    if (!this.reconnecting || (code !== 401 && code !== 403)) return false;
    this.refusedSinceMs ??= Date.now();
    return Date.now() - this.refusedSinceMs < AUTH_SETTLE_MS;
  }

  private what(): string {
    const { resource, namespace } = this.options.request;
    const selector = this.options.labelSelector ? ` (${this.options.labelSelector})` : '';
    return `${resource}${namespace ? ` in ${namespace}` : ''}${selector}`;
  }
}

/** A seed of one object as read or applied, when it carries a resourceVersion to watch from. */
export function seedOf<T extends KubernetesObject>(object: T | undefined): WatchedListOptions<T>['seed'] {
  const resourceVersion = object?.metadata?.resourceVersion;
  return object && resourceVersion ? { items: [object], resourceVersion } : undefined;
}
