import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes, into `dir`, a module hook to preload with `--import` that appends the URL of every
 * module Node loads to `log` (one per line). Free of vitest: the start-up benchmark uses it too.
 */
export function writeLoadRecorder(dir: string): { hook: string; log: string } {
  const hook = join(dir, 'record-loads.mjs');
  const log = join(dir, 'loaded.txt');
  writeFileSync(
    hook,
    "import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n" +
      `registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); ` +
      'return next(url, context); } });\n',
  );
  writeFileSync(log, '');
  return { hook, log };
}
