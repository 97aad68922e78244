import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);

// src/log/display-text.ts
var ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;
var CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
function displayText(line) {
  let text = line.endsWith("\r") ? line.slice(0, -1) : line;
  const cr = text.lastIndexOf("\r");
  if (cr !== -1) text = text.slice(cr + 1);
  return text.replace(ESCAPES, "").replace(CONTROLS, "\uFFFD");
}

export {
  displayText
};
