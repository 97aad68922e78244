import { describe, expect, it } from 'vitest';
import { maskedForms } from '../../src/log/actions-logger.js';

describe('maskedForms', () => {
  it('masks a secret file with its trailing newline by its text too, since the runner masks line by line', () => {
    expect(maskedForms('filesecret-VALUE\n')).toEqual(['filesecret-VALUE\n', 'filesecret-VALUE']);
  });

  it('masks each line of a multi-line secret, leaving out lines too short to tell anything', () => {
    const key = '-----BEGIN KEY-----\r\nAAAABBBBCCCC\r\n}\r\n-----END KEY-----\r\n';
    expect(maskedForms(key)).toEqual([key, key.trim(), '-----BEGIN KEY-----', 'AAAABBBBCCCC', '-----END KEY-----']);
  });

  it('masks nothing for an empty or blank secret (the runner warns on an empty mask)', () => {
    expect(maskedForms('')).toEqual([]);
    expect(maskedForms(' \n')).toEqual([]);
    expect(maskedForms('tok')).toEqual(['tok']);
  });
});
