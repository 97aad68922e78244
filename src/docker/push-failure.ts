import { isTransient } from '../registry/retry.js';

/**
 * Why an engine push failed, as far as a retry needs to know: whether a second try can cure it
 * (`transient`) and whether the registry refused the credentials (`refused`). The engine reports a
 * registry error as text, which holds the image name and tag (`…/reset-svc`, `pr-500`): only its
 * fixed parts are read, never a word anywhere in it.
 */
export class PushFailure extends Error {
  constructor(
    readonly transient: boolean,
    readonly refused: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'PushFailure';
  }

  /**
   * From the engine's error message and `errorDetail.code`. Read, after dropping the quoted URLs
   * Go puts in its errors (`Put "https://…/v2/team/reset-svc/manifests/pr-500": EOF`): the HTTP
   * status (the code, or the engine's `received unexpected HTTP status: 503 …`), the registry's
   * error code the message starts with (`toomanyrequests:`, `denied:`, `unauthorized:`), and a
   * connection failure it ends with (Go's `EOF`, `connection reset by peer`, `i/o timeout`...).
   * A phrase with a space cannot be part of an image reference; single words only where anchored.
   */
  static ofEngineMessage(message: string, code?: number): PushFailure {
    const text = message.replace(/"(?:[^"\\]|\\.)*"/g, '""').trim();
    const status = code && code >= 100 && code < 600 ? code : Number(STATUS.exec(text)?.[1] ?? 0) || undefined;
    const registryCode = REGISTRY_CODE.exec(text)?.[1];
    const refused =
      status === 401 ||
      status === 403 ||
      registryCode === 'unauthorized' ||
      registryCode === 'denied' ||
      REFUSED.test(text);
    const transient =
      !refused &&
      ((status !== undefined && (status === 429 || status >= 500)) ||
        registryCode === 'toomanyrequests' ||
        CONNECTION.test(text));
    return new PushFailure(transient, refused, message);
  }

  /** From a failed request to the engine itself: transient only for a reset or timed out connection. */
  static ofRequest(err: unknown): PushFailure {
    return new PushFailure(isTransient(err), false, err instanceof Error ? err.message : String(err));
  }
}

const STATUS = /received unexpected HTTP status: (\d{3})\b/;
/** The distribution spec's error code, as the engine writes it first: `toomanyrequests: …`, `denied: …`. */
const REGISTRY_CODE = /^([a-z]+): /;
const REFUSED = /authentication required|requested access to the resource is denied/;
const CONNECTION =
  /(?:: EOF|: unexpected EOF|connection reset by peer|: broken pipe|i\/o timeout|TLS handshake timeout)$/;
