import { describe, expect, it } from 'vitest';
import { signalMessage } from '../../src/run/exit-signal.js';

describe('signalMessage', () => {
  it('names the signal behind an exit code of 128+N', () => {
    expect(signalMessage(137)).toBe('killed by signal 9 (SIGKILL)');
    expect(signalMessage(143)).toBe('killed by signal 15 (SIGTERM)');
    expect(signalMessage(134)).toBe('killed by signal 6 (SIGABRT)');
    expect(signalMessage(139)).toBe('killed by signal 11 (SIGSEGV)');
  });

  it('says nothing for ordinary codes and codes no signal explains', () => {
    for (const code of [null, 0, 1, 127, 128, 255]) expect(signalMessage(code)).toBeNull();
  });
});
