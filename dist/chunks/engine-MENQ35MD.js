import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  connectEngine
} from "./chunk-2DWPQYWY.js";
import "./chunk-RBB7LZKV.js";
import "./chunk-LJ3KC2Y4.js";
import "./chunk-K563WS56.js";
import "./chunk-TJLKJ74F.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";
export {
  connectEngine
};
