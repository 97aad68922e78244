/** Where an error points: the file and the field (an input name or a YAML path) to fix. */
export interface ErrorPlace {
  file?: string;
  field?: string;
  hint?: string;
  cause?: unknown;
}

/**
 * The one error class pinship throws. `message` is one line that starts with where to look:
 * `file: field: what is wrong`; `format()` adds the hint.
 */
export class PinshipError extends Error {
  readonly file?: string;
  readonly field?: string;
  readonly hint?: string;
  /** The message without the file and field prefix. */
  readonly detail: string;

  constructor(message: string, place: ErrorPlace = {}) {
    const where = [place.file, place.field].filter(Boolean).join(': ');
    super(
      oneLine(where ? `${where}: ${message}` : message),
      place.cause === undefined ? undefined : { cause: place.cause },
    );
    this.name = 'PinshipError';
    this.detail = oneLine(message);
    this.file = place.file;
    this.field = place.field;
    this.hint = place.hint;
  }

  /** `file: field: message (hint)`, on one line. */
  format(): string {
    return this.hint ? `${this.message} (${oneLine(this.hint)})` : this.message;
  }
}

/** Wraps a lower-level error with the action in progress: `pushing repo:tag: connection refused`. */
export function wrapError(action: string, err: unknown, place: ErrorPlace = {}): PinshipError {
  return new PinshipError(`${action}: ${describeError(err)}`, { ...place, cause: err });
}

/** The one-line text of any thrown value. */
export function describeError(err: unknown): string {
  if (err instanceof PinshipError) return err.format();
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    const text = err.message || String(err);
    return oneLine(code && !text.includes(code) ? `${text} (${code})` : text);
  }
  return oneLine(String(err));
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
