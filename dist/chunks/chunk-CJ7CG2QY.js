import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  getInput
} from "./chunk-ERQRHJ4R.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/inputs/lines-input.ts
function getLinesInput(name, options = {}) {
  const lines = getInput(name).split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#"));
  if (options.required && lines.length === 0) {
    throw new PinshipError("this input is required and was not given", { field: name });
  }
  return lines;
}

export {
  getLinesInput
};
