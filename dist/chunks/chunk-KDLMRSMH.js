import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  getInput
} from "./chunk-ERQRHJ4R.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/inputs/boolean-input.ts
function getBooleanInputOr(name, fallback) {
  const raw = getInput(name).trim().toLowerCase();
  if (!raw) return fallback;
  if (["true", "yes", "1"].includes(raw)) return true;
  if (["false", "no", "0"].includes(raw)) return false;
  throw new PinshipError(`expected true or false, got ${JSON.stringify(raw)}`, { field: name });
}

export {
  getBooleanInputOr
};
