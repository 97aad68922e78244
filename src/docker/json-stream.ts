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
 * breaks; `onMessage` sees each message in order.
 */
export function readJsonMessages(stream: NodeJS.ReadableStream | Readable, onMessage: (message: JsonMessage) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let pending = '';
    let settled = false;
    const flush = (text: string) => {
      const line = text.trim();
      if (!line) return;
      try {
        onMessage(JSON.parse(line) as JsonMessage);
      } catch (err) {
        if (err instanceof SyntaxError) onMessage({ stream: `${line}\n` });
        else throw err;
      }
    };
    stream.on('data', (chunk: Buffer | string) => {
      pending += chunk.toString();
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        try {
          flush(line);
        } catch (err) {
          settled = true;
          reject(err);
          (stream as Readable).destroy?.();
          return;
        }
        newline = pending.indexOf('\n');
      }
    });
    stream.on('end', () => {
      if (settled) return;
      settled = true;
      try {
        flush(pending);
        resolve();
      } catch (err) {
        reject(err);
      }
    });
    stream.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    // A socket closed without 'end' (engine restarted, connection cut).
    stream.on('close', () => {
      if (settled) return;
      settled = true;
      reject(new Error('the engine closed the stream before it ended'));
    });
  });
}
