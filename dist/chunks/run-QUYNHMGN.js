import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  newRunId,
  recordRun,
  sourceFrom
} from "./chunk-G47E5S6C.js";
import "./chunk-AJHGJJON.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-YZGLF4LN.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";
export {
  newRunId,
  recordRun,
  sourceFrom
};
