import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  debug,
  group,
  info,
  setFailed,
  setSecret,
  warning
} from "./chunk-GLYO5QO6.js";
import {
  inertLog
} from "./chunk-3Z3LTAZD.js";
import {
  describeError
} from "./chunk-SI2EDPFI.js";

// src/log/actions-logger.ts
var ActionsLogger = class {
  lastProgress = "";
  info(message) {
    inertLog(message, info);
  }
  warn(message) {
    warning(message);
  }
  debug(message) {
    debug(message);
  }
  group(name, fn) {
    return group(name, fn);
  }
  progress(line) {
    if (line === this.lastProgress) return;
    this.lastProgress = line;
    inertLog(line, info);
  }
  addSecret(value) {
    for (const form of maskedForms(value)) setSecret(form);
  }
};
function maskedForms(value) {
  const lines = value.includes("\n") ? value.split(/\r?\n/).map((line) => line.trim()) : [];
  const forms = [value, value.trim(), ...lines.filter((line) => line.length >= 3)];
  return [...new Set(forms)].filter((form) => form.trim() !== "");
}

// src/action/run-action.ts
async function runAction(main) {
  try {
    await main(new ActionsLogger());
  } catch (err) {
    setFailed(describeError(err));
  }
}

export {
  runAction
};
