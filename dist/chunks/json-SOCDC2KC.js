import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  reportJson
} from "./chunk-H5HYLQYK.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-V5BDOAQ7.js";
import "./chunk-G2OUNXF5.js";
import "./chunk-XDLBQ6T7.js";
export {
  reportJson
};
