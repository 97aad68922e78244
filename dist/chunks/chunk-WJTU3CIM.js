import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/inputs/key-value.ts
function parseKeyValues(lines, field) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) {
      throw new PinshipError(`expected KEY=VALUE, got ${JSON.stringify(line)}`, { field });
    }
    out[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return out;
}
function splitList(value) {
  return value.split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
}

export {
  parseKeyValues,
  splitList
};
