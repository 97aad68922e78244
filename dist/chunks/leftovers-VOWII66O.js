import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  removeRunContainers
} from "./chunk-WOEXW67T.js";
import "./chunk-V4YVO7GE.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-R5EDXYIK.js";
import "./chunk-Y544KSEM.js";
import "./chunk-WPBSY374.js";
import "./chunk-WTE3RSPF.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";
export {
  removeRunContainers
};
