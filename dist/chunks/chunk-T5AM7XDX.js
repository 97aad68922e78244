import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  readOptions
} from "./chunk-6F3K4STA.js";
import {
  getInput,
  getMultilineInput
} from "./chunk-QS2IIGFL.js";
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

// src/inputs/action-options.ts
function readInputs(schema) {
  const raw = {};
  for (const key of Object.keys(schema)) {
    const { input, kind, literal, actionDefault } = schema[key];
    if (!input) continue;
    if (kind === "lines" || kind === "key-values") {
      const list = literal ? getMultilineInput(input) : getLinesInput(input);
      if (list.length) raw[key] = list;
    } else {
      const value = getInput(input) || actionDefault;
      if (value) raw[key] = value;
    }
  }
  const nameOf = (key) => schema[key].input ?? key;
  const required = (key) => new PinshipError("this input is required and was not given", { field: nameOf(key) });
  return readOptions(schema, raw, nameOf, required);
}

export {
  readInputs
};
