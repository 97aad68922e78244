import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/log/logger.ts
var SecretMask = class {
  /** Longest first: masking `abc` before `abcdef` would leave `***def` showing. */
  secrets = [];
  add(value) {
    for (const line of value.split(/\r?\n/)) {
      if (line.length >= 3 && !this.secrets.includes(line))
        this.secrets = [...this.secrets, line].sort((a, b) => b.length - a.length);
    }
  }
  apply(text) {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out;
  }
};

export {
  SecretMask
};
