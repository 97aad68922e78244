/** Where an error points: the file and the field (an input name or a YAML path) to fix. */
export interface ErrorPlace {
  file?: string;
  field?: string;
  hint?: string;
  cause?: unknown;
}

/** The one error class pinship throws; its message is a single line that says what to fix. */
export class PinshipError extends Error {
  readonly file?: string;
  readonly field?: string;
  readonly hint?: string;

  constructor(message: string, place: ErrorPlace = {}) {
    super(message, place.cause === undefined ? undefined : { cause: place.cause });
    this.name = 'PinshipError';
    this.file = place.file;
    this.field = place.field;
    this.hint = place.hint;
  }

  /** `file: field: message (hint)`, on one line. */
  format(): string {
    const where = [this.file, this.field].filter(Boolean).join(': ');
    const text = oneLine(where ? `${where}: ${this.message}` : this.message);
    return this.hint ? `${text} (${oneLine(this.hint)})` : text;
  }
}

/** Wraps a lower-level error with the action in progress: `pushing repo:tag: connection refused`. */
export function wrapError(action: string, err: unknown, place: ErrorPlace = {}): PinshipError {
  if (err instanceof PinshipError) {
    return new PinshipError(`${action}: ${err.format()}`, { ...place, cause: err });
  }
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
