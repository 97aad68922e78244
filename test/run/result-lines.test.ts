import { describe, expect, it } from 'vitest';
import { AttemptOutput, parseResultLine } from '../../src/run/result-lines.js';

describe('parseResultLine', () => {
  it('reads a JSON object after the prefix', () => {
    expect(parseResultLine('pinship:result {"a": 1}')).toEqual({ kind: 'result', value: { a: 1 } });
    expect(parseResultLine('pinship:result\t{"a": 1}\r')).toEqual({ kind: 'result', value: { a: 1 } });
  });

  it('treats other lines, including look-alikes, as ordinary log', () => {
    for (const line of ['hello', ' pinship:result {}', 'pinship:results {}', 'PINSHIP:RESULT {}']) {
      expect(parseResultLine(line)).toEqual({ kind: 'log' });
    }
  });

  it('reports invalid JSON, non-objects and empty results', () => {
    expect(parseResultLine('pinship:result {oops')).toMatchObject({ kind: 'error', message: expect.stringMatching(/^invalid JSON/) });
    expect(parseResultLine('pinship:result 42')).toEqual({ kind: 'error', message: 'expected a JSON object, got number' });
    expect(parseResultLine('pinship:result null')).toEqual({ kind: 'error', message: 'expected a JSON object, got null' });
    expect(parseResultLine('pinship:result')).toMatchObject({ kind: 'error' });
  });
});

describe('AttemptOutput', () => {
  it('splits chunks into lines across writes and numbers stdout lines', () => {
    const out = new AttemptOutput(2);
    const enc = new TextEncoder();
    out.write('stdout', enc.encode('first\npinship:res'));
    out.write('stderr', enc.encode('warning\n'));
    out.write('stdout', enc.encode('ult {"x": 1}\npinship:result {bad\nlast'));
    out.end();
    expect(out.results).toEqual([{ attempt: 2, line: 2, value: { x: 1 } }]);
    expect(out.resultErrors).toMatchObject([{ attempt: 2, line: 3, text: 'pinship:result {bad' }]);
    expect(out.lines).toBe(5);
    expect(out.tail()).toEqual(['first', 'stderr: warning', 'pinship:result {"x": 1}', 'pinship:result {bad', 'last']);
  });

  it('never parses results from stderr', () => {
    const out = new AttemptOutput(1);
    out.write('stderr', new TextEncoder().encode('pinship:result {"forged": true}\n'));
    out.end();
    expect(out.results).toEqual([]);
  });

  it('keeps only the last lines, with secrets masked, and decodes UTF-8 split across chunks', () => {
    const out = new AttemptOutput(1, ['hunter22'], 3);
    const bytes = new TextEncoder().encode('a\nb\nsecret=hunter22\nñ\n');
    out.write('stdout', bytes.slice(0, bytes.length - 2)); // cut inside the two-byte ñ
    out.write('stdout', bytes.slice(bytes.length - 2));
    out.end();
    expect(out.tail()).toEqual(['b', 'secret=***', 'ñ']);
  });
});
