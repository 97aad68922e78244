import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  makeReport
} from "./chunk-265WZC6V.js";
import "./chunk-AJHGJJON.js";
import "./chunk-H5HYLQYK.js";
import "./chunk-3RNY2SU5.js";
import "./chunk-BJNWZC5G.js";
import "./chunk-ZGUWF77U.js";
import "./chunk-3STPPBFV.js";
import "./chunk-WWE2H5DM.js";
import "./chunk-V5BDOAQ7.js";
import "./chunk-G2OUNXF5.js";
import "./chunk-Y2Q63GZE.js";
import "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import "./chunk-AAM5EPO7.js";
import "./chunk-QRD45XQP.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";
export {
  makeReport
};
