import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/inputs/whole-number.ts
function parseWholeNumber(value, field, min = 0) {
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new PinshipError(`expected a whole number of at least ${min}, got ${JSON.stringify(value)}`, { field });
  }
  return Number(text);
}

export {
  parseWholeNumber
};
