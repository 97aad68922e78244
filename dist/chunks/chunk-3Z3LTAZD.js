import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/log/inert-log.ts
import { randomBytes } from "node:crypto";
function inertLog(message, write) {
  if (!/^[\s\u0085]*::|##\[/m.test(message)) {
    write(message);
    return;
  }
  const token = randomBytes(16).toString("hex");
  write(`::stop-commands::${token}`);
  write(message);
  write(`::${token}::`);
}

export {
  inertLog
};
