import { PinshipError } from '../errors.js';

/** `UID` or `UID:GID`, numeric: names in the image's /etc/passwd would not say who owns the shard folder. */
export function parseUserId(value: string, field: string): string {
  if (!/^\d{1,10}(:\d{1,10})?$/.test(value.trim())) {
    throw new PinshipError(`${JSON.stringify(value)} is not UID or UID:GID`, {
      field,
      hint: 'numeric ids, as `id -u`:`id -g` prints them: 1000:1000',
    });
  }
  return value.trim();
}
