// Run by unreadable-context.test.itg.ts as an unprivileged user (bundled, then `setpriv`):
// reads a build context the way `pinship build` does and prints the outcome as one JSON line.
// Usage: read-context-child.js digest|tar DIR
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { packContext } from '../../../src/build/context/tar.js';
import { readBuildContext } from '../../../src/build/context/read-context.js';
import { computeInputDigest } from '../../../src/build/input-digest.js';
import { PinshipError } from '../../../src/errors.js';

const [mode, dir] = process.argv.slice(2);
try {
  const context = await readBuildContext(dir!);
  if (mode === 'digest') {
    // Threads from the first byte, so that the worker threads' errors are the ones tested.
    await computeInputDigest(context, { buildArgs: {}, labels: {} }, { threads: 2, threadedAboveBytes: 0 });
  } else {
    await pipeline(packContext(context), new Writable({ write: (_chunk, _enc, done) => done() }));
  }
  console.log(JSON.stringify({ ok: true }));
} catch (err) {
  const pinship = err instanceof PinshipError;
  console.log(
    JSON.stringify({
      ok: false,
      pinship,
      field: pinship ? err.field : undefined,
      message: pinship ? err.format() : String(err),
    }),
  );
}
