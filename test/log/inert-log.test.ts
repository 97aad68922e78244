import { describe, expect, it } from 'vitest';
import { inertLog } from '../../src/log/inert-log.js';

function written(message: string): string[] {
  const lines: string[] = [];
  inertLog(message, (text) => lines.push(text));
  return lines;
}

describe('inertLog', () => {
  it('writes ordinary text as it is', () => {
    expect(written('Step 2/5 : RUN make\nok')).toEqual(['Step 2/5 : RUN make\nok']);
  });

  it('wraps relayed text holding a workflow command in stop-commands with a fresh token', () => {
    const lines = written('result\n  ::add-mask::x\n::set-env name=A::b');
    expect(lines).toHaveLength(3);
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0]!)?.[1];
    expect(token).toBeTruthy();
    expect(lines[1]).toBe('result\n  ::add-mask::x\n::set-env name=A::b');
    expect(lines[2]).toBe(`::${token}::`);
    expect(written('::error::x')[0]).not.toBe(lines[0]);
  });

  it('wraps a command after any whitespace the runner trims, NEL (U+0085) and no-break space included', () => {
    for (const text of ['\u0085::error::forged', 'ok\n\u00a0\t::add-mask::x', '\u3000::warning::y']) {
      expect(written(text)[0], JSON.stringify(text)).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
    }
  });

  it('also wraps the legacy ##[command] form, which the runner finds anywhere in a line', () => {
    for (const text of ['##[error]forged', 'stderr: text ##[add-mask]shard']) {
      const lines = written(text);
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
      expect(lines[1]).toBe(text);
    }
  });
});
