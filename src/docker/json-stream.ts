import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/** One message of the engine's JSON progress streams (build and push). */
export interface JsonMessage {
  stream?: string;
  status?: string;
  id?: string;
  progressDetail?: { current?: number; total?: number };
  aux?: { ID?: string; Tag?: string; Digest?: string; Size?: number };
  error?: string;
  errorDetail?: { code?: number; message?: string };
}

/**
 * Reads the engine's newline-delimited JSON messages as they arrive. Rejects when the stream
 * breaks; `onMessage` sees each message in order. A line that is not JSON is passed on as
 * `{ stream: line }`, as the docker CLI prints it.
 */
export function readJsonMessages(
  stream: NodeJS.ReadableStream | Readable,
  onMessage: (message: JsonMessage) => void,
): Promise<void> {
  return readJsonLines<JsonMessage>(stream, onMessage, (line) => onMessage({ stream: `${line}\n` }));
}

/**
 * The one reader of the engine's newline-delimited JSON (build and push progress, stats): each
 * non-blank line is parsed and handed to `onValue`, or to `onInvalid` when it is not JSON.
 * Bytes are decoded as a stream, so a UTF-8 character split across two chunks stays whole.
 * Rejects when the stream breaks or closes before its end, or when a callback throws (the
 * stream is destroyed then).
 */
export function readJsonLines<T>(
  stream: NodeJS.ReadableStream | Readable,
  onValue: (value: T) => void,
  onInvalid: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8');
    let pending = '';
    let settled = false;
    const settle = (err?: unknown) => {
      if (settled) return;
      settled = true;
      if (err === undefined) resolve();
      else reject(err);
    };
    const handle = (text: string) => {
      const line = text.trim();
      if (!line) return;
      let value: T;
      try {
        value = JSON.parse(line) as T;
      } catch {
        onInvalid(line);
        return;
      }
      onValue(value);
    };
    stream.on('data', (chunk: Buffer | string) => {
      if (settled) return;
      pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        try {
          handle(line);
        } catch (err) {
          settle(err);
          (stream as Readable).destroy?.();
          return;
        }
        newline = pending.indexOf('\n');
      }
    });
    stream.on('end', () => {
      if (settled) return;
      try {
        handle(pending + decoder.end());
        settle();
      } catch (err) {
        settle(err);
      }
    });
    stream.on('error', (err) => settle(err));
    // A socket closed without 'end' (engine restarted, connection cut).
    stream.on('close', () => settle(new Error('the engine closed the stream before it ended')));
  });
}
