import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonLines, readJsonMessages, type JsonMessage } from '../../src/docker/json-stream.js';

describe('readJsonMessages', () => {
  it('keeps a UTF-8 character whole when the engine splits it across two chunks', async () => {
    const stream = new PassThrough();
    const messages: JsonMessage[] = [];
    const done = readJsonMessages(stream, (m) => messages.push(m));
    const bytes = Buffer.from('{"stream":"Step 1/2 : RUN echo π €"}\n');
    const cut = bytes.indexOf(Buffer.from('€')) + 1; // inside the three bytes of €
    stream.write(bytes.subarray(0, cut));
    stream.write(bytes.subarray(cut));
    stream.end();
    await done;
    expect(messages).toEqual([{ stream: 'Step 1/2 : RUN echo π €' }]);
  });

  it('passes a line that is not JSON on as stream text', async () => {
    const stream = new PassThrough();
    const messages: JsonMessage[] = [];
    const done = readJsonMessages(stream, (m) => messages.push(m));
    stream.end('not json\n{"status":"ok"}');
    await done;
    expect(messages).toEqual([{ stream: 'not json\n' }, { status: 'ok' }]);
  });

  it('rejects when the stream closes before its end', async () => {
    const stream = new PassThrough();
    const done = readJsonMessages(stream, () => {});
    stream.write('{"status":"pushing"}\n');
    stream.destroy();
    await expect(done).rejects.toThrow(/closed the stream before it ended/);
  });
});

describe('readJsonLines', () => {
  it('splits chunks at newlines only, whatever their boundaries', async () => {
    const stream = new PassThrough();
    const values: unknown[] = [];
    const invalid: string[] = [];
    const done = readJsonLines(
      stream,
      (v) => values.push(v),
      (line) => invalid.push(line),
    );
    for (const piece of ['{"a"', ':1}\n\n{"b":', '"ü"}\n{torn']) stream.write(Buffer.from(piece));
    stream.end();
    await done;
    expect(values).toEqual([{ a: 1 }, { b: 'ü' }]);
    expect(invalid).toEqual(['{torn']);
  });
});
