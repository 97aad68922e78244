import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/errors.ts
var PinshipError = class extends Error {
  file;
  field;
  hint;
  /** The message without the file and field prefix. */
  detail;
  constructor(message, place = {}) {
    const where = [place.file, place.field].filter(Boolean).join(": ");
    super(
      oneLine(where ? `${where}: ${message}` : message),
      place.cause === void 0 ? void 0 : { cause: place.cause }
    );
    this.name = "PinshipError";
    this.detail = oneLine(message);
    this.file = place.file;
    this.field = place.field;
    this.hint = place.hint;
  }
  /** `file: field: message (hint)`, on one line. */
  format() {
    return this.hint ? `${this.message} (${oneLine(this.hint)})` : this.message;
  }
};
function wrapError(action, err, place = {}) {
  return new PinshipError(`${action}: ${describeError(err)}`, { ...place, cause: err });
}
function describeError(err) {
  if (err instanceof PinshipError) return err.format();
  if (err instanceof Error) {
    const code = err.code;
    const text = err.message || String(err);
    return oneLine(code && !text.includes(code) ? `${text} (${code})` : text);
  }
  return oneLine(String(err));
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

export {
  PinshipError,
  wrapError,
  describeError
};
