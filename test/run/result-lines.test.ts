import { describe, expect, it } from 'vitest';
import {
  AttemptOutput,
  MAX_RESULT_CHARS,
  MAX_RESULT_ERRORS,
  MAX_RESULTS,
  parseResultLine,
} from '../../src/run/result-lines.js';

describe('parseResultLine', () => {
  it('reads a JSON object after the prefix', () => {
    expect(parseResultLine('pinship:result {"a": 1}')).toEqual({ kind: 'result', value: { a: 1 } });
    expect(parseResultLine('pinship:result\t{"a": 1}\r')).toEqual({ kind: 'result', value: { a: 1 } });
  });

  it('refuses a number beyond a 64-bit float, naming where it is, instead of storing null', () => {
    expect(parseResultLine('pinship:result {"big": 1e400}')).toEqual({
      kind: 'error',
      message: 'the number at /big is beyond a 64-bit float (it would be stored as null)',
    });
    expect(parseResultLine('pinship:result {"a/b": [1, -2e999]}')).toMatchObject({
      message: expect.stringContaining('/a~1b/1'),
    });
    expect(parseResultLine('pinship:result {"max": 1.7976931348623157e308}')).toMatchObject({ kind: 'result' });
  });

  it('treats other lines, including look-alikes, as ordinary log', () => {
    for (const line of ['hello', ' pinship:result {}', 'pinship:results {}', 'PINSHIP:RESULT {}']) {
      expect(parseResultLine(line)).toEqual({ kind: 'log' });
    }
  });

  it('reports invalid JSON, non-objects and empty results', () => {
    expect(parseResultLine('pinship:result {oops')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/^invalid JSON/),
    });
    expect(parseResultLine('pinship:result 42')).toEqual({
      kind: 'error',
      message: 'expected a JSON object, got number',
    });
    expect(parseResultLine('pinship:result null')).toEqual({
      kind: 'error',
      message: 'expected a JSON object, got null',
    });
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

describe('AttemptOutput on hostile output', () => {
  const enc = new TextEncoder();

  it('counts a line of megabytes once, reports an over-long result line as such, and keeps numbering', () => {
    const out = new AttemptOutput(1);
    const huge = `pinship:result {"x": "${'a'.repeat(3 * 2 ** 20)}"}`;
    // Delivered in 16 KiB pieces, as the engine frames it, then a normal result on the next line.
    const bytes = enc.encode(`${huge}\npinship:result {"after": 1}\n`);
    for (let at = 0; at < bytes.length; at += 16384) out.write('stdout', bytes.slice(at, at + 16384));
    out.write('stderr', enc.encode('b'.repeat(5 * 2 ** 20)));
    out.end();
    expect(out.lines).toBe(3);
    expect(out.results).toEqual([{ attempt: 1, line: 2, value: { after: 1 } }]);
    expect(out.resultErrors).toHaveLength(1);
    expect(out.resultErrors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/^result line longer than 1 MiB/),
    });
    expect(out.resultErrors[0]!.text.length).toBeLessThanOrEqual(200);
    expect(out.tail()).toHaveLength(3);
    expect(out.tail()[2]!.length).toBeLessThan(2100);
  });

  it('shows a progress bar by its last state and drops escape sequences and control characters', () => {
    const out = new AttemptOutput(1, ['hunter22']);
    const bar = Array.from({ length: 3000 }, (_, i) => `\r${i}%`).join('');
    out.write('stdout', enc.encode(`${bar}\ndone\r\n`));
    out.write(
      'stdout',
      enc.encode('\x1b[31mred\x1b[0m\n\x1b]0;title\x07\x1b]52;c;cHduZWQ=\x07clip\n\x1b[2Jbell\x07nul\x00\ttab\n'),
    );
    out.write('stdout', enc.encode('hun\x1b[0mter22\npinship:result {\x1b[31m\n'));
    out.end();
    expect(out.tail()).toEqual(['2999%', 'done', 'red', 'clip', 'bell\uFFFDnul\uFFFD\ttab', '***', 'pinship:result {']);
    expect(out.resultErrors.map((e) => e.text)).toEqual(['pinship:result {']);
  });
});

describe('AttemptOutput on a flood of invalid result lines', () => {
  it('keeps the first ones and counts them all', () => {
    const out = new AttemptOutput(1);
    const lines = Array.from({ length: 20_000 }, (_, i) => `pinship:result {bad ${i}`).join('\n');
    out.write('stdout', new TextEncoder().encode(`${lines}\npinship:result {"ok": 1}\n`));
    out.end();
    expect(out.resultErrorCount).toBe(20_000);
    expect(out.resultErrors).toHaveLength(MAX_RESULT_ERRORS);
    expect(out.resultErrors.at(-1)).toMatchObject({
      line: MAX_RESULT_ERRORS,
      text: `pinship:result {bad ${MAX_RESULT_ERRORS - 1}`,
    });
    expect(out.results).toEqual([{ attempt: 1, line: 20_001, value: { ok: 1 } }]);
  });
});

describe('AttemptOutput on a flood of results', () => {
  it('keeps results up to the count cap and counts every one past it as a result error', () => {
    const out = new AttemptOutput(1);
    const lines = Array.from({ length: MAX_RESULTS + 3 }, (_, i) => `pinship:result {"i": ${i}}\n`);
    out.write('stdout', Buffer.from(lines.join('')));
    out.end();
    expect(out.results).toHaveLength(MAX_RESULTS);
    expect(out.results.at(-1)).toMatchObject({ line: MAX_RESULTS, value: { i: MAX_RESULTS - 1 } });
    expect(out.resultErrorCount).toBe(3);
    expect(out.resultErrors[0]).toMatchObject({
      line: MAX_RESULTS + 1,
      message: expect.stringMatching(/^result not kept: over the cap of 100000 results/),
    });
  });

  it('keeps results up to the size cap and counts the next one as a result error', () => {
    const out = new AttemptOutput(1);
    const big = `pinship:result {"blob": "${'x'.repeat(1024 * 1024 - 100)}"}\n`;
    const fit = Math.floor(MAX_RESULT_CHARS / (big.length - 1));
    for (let i = 0; i < fit + 1; i++) out.write('stdout', Buffer.from(big));
    out.end();
    expect(out.results).toHaveLength(fit);
    expect(out.resultErrorCount).toBe(1);
    expect(out.resultErrors[0]!.message).toContain('16 MiB of result lines per attempt');
  });
});

describe('AttemptOutput with secret env values', () => {
  const enc = new TextEncoder();
  const SECRET = 's3cr3t-token';

  it('masks them in result keys and string values at any depth, escaped or not, before anything is kept', () => {
    const out = new AttemptOutput(1, [SECRET, 'ab']);
    const value = {
      token: SECRET,
      nested: { list: [`x ${SECRET} y`, 5, null] },
      [SECRET]: 1,
      escaped: 's3cr\\u0033t-token',
      ab: 'ab',
    };
    out.write('stdout', enc.encode(`pinship:result ${JSON.stringify(value).replace('\\\\u0033', '\\u0033')}\n`));
    out.end();
    expect(out.results).toEqual([
      {
        attempt: 1,
        line: 1,
        value: { token: '***', nested: { list: ['x *** y', 5, null] }, '***': 1, escaped: '***', ab: 'ab' },
      },
    ]);
  });

  it('masks them in the kept text and message of an invalid result line', () => {
    const out = new AttemptOutput(1, [SECRET]);
    // V8 quotes a short invalid text in its message: `Unexpected token 's', "{"t": s3cr…}" is not valid JSON`.
    out.write('stdout', enc.encode(`pinship:result {"t": ${SECRET}}\npinship:result {"t": "${SECRET}"\n`));
    out.end();
    expect(out.resultErrors).toHaveLength(2);
    expect(out.resultErrors[0]).toMatchObject({
      text: 'pinship:result {"t": ***}',
      message: 'invalid JSON: Unexpected token \'s\', "{"t": ***}" is not valid JSON',
    });
    expect(JSON.stringify(out.resultErrors)).not.toContain(SECRET);
  });

  it('masks a multi-line value line by line in the log tail, skipping lines too short to mask', () => {
    const pem = '-----BEGIN KEY-----\nMIIEvQIBADANBgkq\nok\n-----END KEY-----\n';
    const out = new AttemptOutput(1, [pem]);
    out.write('stdout', enc.encode(`key:\n${pem}pinship:result {"key": ${JSON.stringify(pem)}}\n`));
    out.write('stderr', enc.encode('got MIIEvQIBADANBgkq here\n'));
    out.end();
    expect(out.tail()).toEqual([
      'key:',
      '***',
      '***',
      'ok',
      '***',
      'pinship:result {"key": "***\\n***\\nok\\n***\\n"}',
      'stderr: got *** here',
    ]);
    expect(out.results[0]!.value).toEqual({ key: '***\n***\nok\n***\n' });
  });
});
