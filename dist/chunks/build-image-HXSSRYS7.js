import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  buildImage,
  credentialSource
} from "./chunk-2AZJMQVX.js";
import "./chunk-ZGUWF77U.js";
import "./chunk-GEIO5JER.js";
import "./chunk-W7ZVAYRB.js";
import "./chunk-FGBHSNPK.js";
import "./chunk-WPBSY374.js";
import "./chunk-TJLKJ74F.js";
import "./chunk-PQCI3ACI.js";
import "./chunk-V7L7ANJB.js";
import "./chunk-CDRSM3XE.js";
import "./chunk-WWE2H5DM.js";
import "./chunk-6U5DZSTP.js";
import "./chunk-QBC5PCZI.js";
import "./chunk-7MXVX47H.js";
import "./chunk-QRD45XQP.js";
import "./chunk-SI2EDPFI.js";
import "./chunk-XDLBQ6T7.js";
export {
  buildImage,
  credentialSource
};
