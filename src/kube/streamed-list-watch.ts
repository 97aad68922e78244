import {
  addOrUpdateObject,
  deleteItems,
  deleteObject,
  type CacheMap,
  type KubernetesListObject,
  type KubernetesObject,
  type ObjectCallback,
  type Watch,
} from '@kubernetes/client-node';
import { setTimeout as delay } from 'node:timers/promises';
import { statusCode } from './api-error.js';

/** The annotation of the bookmark that ends a watch's initial events (KEP-3157, streaming lists). */
const INITIAL_EVENTS_END = 'k8s.io/initial-events-end';
/** API servers that answered 422 to a watch with initial events: older than 1.27, or the WatchList feature off. */
const refusing = new Set<string>();
const MAX_QUIET_MS = 30_000;
/** Before asking again for a stream that closed before its bookmark. */
const STREAM_RETRY_MS = 1000;

type WatchEnd = 'ended' | 'failed' | 'refused';

export interface StreamedListWatchOptions<T extends KubernetesObject> {
  /** The collection's URL path; `server` is the API server's URL. */
  path: string;
  server: string;
  watch: Watch;
  /** The whole collection, for an API server that cannot send it in the watch. */
  list: () => Promise<KubernetesListObject<T>>;
  labelSelector?: string;
  fieldSelector?: string;
  /** Objects already read and the resourceVersion they were read at: the first watch starts there. */
  seed?: { items: T[]; resourceVersion: string };
  /** Called whenever the whole collection is asked for (a stream of initial events, or a list). */
  onFetch: () => void;
}

type Verb = 'add' | 'update' | 'delete';

/**
 * client-node's ListWatch, but the collection's current state comes in the watch itself
 * (`sendInitialEvents`, ended by a bookmark): one request where ListWatch makes two. An API
 * server that refuses it (422) gets a list and a watch, as ListWatch does, and is not asked again.
 * The same cache and resume rules as ListWatch: a closed watch resumes from the last
 * resourceVersion it saw; 410 Gone asks for the whole state again, and what it no longer holds
 * is deleted from the cache. start() resolves once the state is in the cache; errors go to the
 * `error` callbacks, and start() again resumes.
 */
export class StreamedListWatch<T extends KubernetesObject> {
  private objects: CacheMap<T> = new Map();
  private readonly callbacks: Record<Verb, ObjectCallback<T>[]> = { add: [], update: [], delete: [] };
  private readonly errorCallbacks: ((err: unknown) => void)[] = [];
  private resourceVersion = '';
  private seed: StreamedListWatchOptions<T>['seed'];
  private request: AbortController | undefined;
  private stopped = false;
  /** Before re-opening a watch that closed without a single event: grows to MAX_QUIET_MS. */
  private quietReconnectMs = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: StreamedListWatchOptions<T>) {
    this.seed = options.seed;
  }

  on(verb: Verb, callback: ObjectCallback<T>): void;
  on(verb: 'error', callback: (err: unknown) => void): void;
  on(verb: Verb | 'error', callback: ObjectCallback<T> | ((err: unknown) => void)): void {
    if (verb === 'error') this.errorCallbacks.push(callback as (err: unknown) => void);
    else this.callbacks[verb].push(callback as ObjectCallback<T>);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.request?.abort();
    this.request = undefined;
  }

  list(): T[] {
    return [...this.objects.values()].flatMap((byName) => [...byName.values()]);
  }

  get(name: string, namespace?: string): T | undefined {
    return this.objects.get(namespace ?? '')?.get(name);
  }

  private async connect(): Promise<void> {
    if (this.seed) {
      this.replaceAll(this.seed.items);
      this.resourceVersion = this.seed.resourceVersion;
      this.seed = undefined;
    }
    let refused = false;
    while (!this.resourceVersion && !refusing.has(this.options.server) && !this.stopped) {
      this.options.onFetch();
      const stream = { sendInitialEvents: 'true', resourceVersionMatch: 'NotOlderThan' };
      const how = await this.watch(stream, true);
      if (how === 'ready' || how === 'failed') return;
      // Closed before its bookmark (the server's timeout, 410): ask again, not in a tight loop.
      if (how === 'ended') await delay(STREAM_RETRY_MS);
      refused = how === 'refused';
    }
    if (this.stopped) return;
    if (!this.resourceVersion) {
      if (!refused) this.options.onFetch();
      let list: KubernetesListObject<T>;
      try {
        list = await this.options.list();
      } catch (err) {
        for (const callback of this.errorCallbacks) callback(err);
        return;
      }
      this.replaceAll(list.items);
      this.resourceVersion = list.metadata?.resourceVersion ?? '';
    }
    await this.watch({ resourceVersion: this.resourceVersion }, false);
  }

  /**
   * One watch request. Resolves once connected; a stream (`streaming`: every object sent as
   * ADDED first, then a bookmark) once its initial events are all in the cache ('ready'), or it
   * ended before ('ended': connect() asks again; 'failed': the error went to the callbacks;
   * 'refused': the API server cannot stream). The initial events' resourceVersions are in no
   * order: the watch resumes only from the bookmark's.
   */
  private watch(params: Record<string, string>, streaming: boolean): Promise<'ready' | WatchEnd> {
    return new Promise((resolve) => {
      let initial: T[] | undefined = streaming ? [] : undefined;
      let heard = false;
      let finished = false;
      const onEvent = (type: string, object: T & { code?: number }) => {
        heard = true;
        const version = object.metadata?.resourceVersion ?? '';
        if (type === 'ERROR') {
          if (object.code === 410) this.resourceVersion = '';
        } else if (type === 'BOOKMARK') {
          if (initial && object.metadata?.annotations?.[INITIAL_EVENTS_END] === 'true') {
            this.replaceAll(initial);
            initial = undefined;
            resolve('ready');
          }
          if (!initial) this.resourceVersion = version;
        } else {
          if (type === 'DELETED') deleteObject(this.objects, object, this.callbacks.delete.slice());
          else addOrUpdateObject(this.objects, object, this.callbacks.add.slice(), this.callbacks.update.slice());
          if (initial) initial.push(object);
          else this.resourceVersion = version;
        }
      };
      const done = (err: unknown) => {
        finished = true;
        this.request = undefined;
        if (!initial) this.quietReconnectMs = heard ? 0 : Math.min(this.quietReconnectMs * 2 || 1000, MAX_QUIET_MS);
        resolve(this.ended(err, initial !== undefined));
      };
      const query = {
        ...params,
        allowWatchBookmarks: 'true',
        ...(this.options.labelSelector ? { labelSelector: this.options.labelSelector } : {}),
        ...(this.options.fieldSelector ? { fieldSelector: this.options.fieldSelector } : {}),
      };
      this.options.watch.watch(this.options.path, query, onEvent, done).then(
        (request) => {
          if (this.stopped) request.abort();
          else if (!finished) this.request = request;
          if (!streaming) resolve('ready');
        },
        (err: unknown) => done(err),
      );
    });
  }

  /**
   * After a watch ended: 410 asks for the whole state again, a timeout or the server's close
   * resumes, any other error goes to the callbacks. A stream that ended before its bookmark is
   * asked again by connect(); a watch after it is re-opened here.
   */
  private ended(err: unknown, beforeBookmark: boolean): WatchEnd {
    const code = statusCode(err);
    if (beforeBookmark && code === 422) {
      refusing.add(this.options.server);
      return 'refused';
    }
    if (code === 410) this.resourceVersion = '';
    else if (err && (err as { name?: string }).name === 'TimeoutError') this.quietReconnectMs = 0;
    else if (err) {
      if (!this.stopped) for (const callback of this.errorCallbacks) callback(err);
      return 'failed';
    }
    if (!beforeBookmark && !this.stopped) {
      this.reconnectTimer = setTimeout(() => {
        if (!this.stopped) void this.connect();
      }, this.quietReconnectMs);
    }
    return 'ended';
  }

  /** The cache becomes `items`: what it held and they lack is deleted, the rest added or updated. */
  private replaceAll(items: T[]): void {
    this.objects = deleteItems(this.objects, items, this.callbacks.delete.slice());
    for (const item of items) {
      addOrUpdateObject(this.objects, item, this.callbacks.add.slice(), this.callbacks.update.slice());
    }
  }
}
