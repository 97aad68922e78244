import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  parseReference
} from "./chunk-6U5DZSTP.js";
import {
  parseKeyValues
} from "./chunk-WJTU3CIM.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/pin/image-pins.ts
function parseImagePins(lines, field = "images") {
  const pins = [];
  for (const line of lines) {
    const [entry] = Object.entries(parseKeyValues([line], field));
    if (!entry) continue;
    const [name, value] = entry;
    const spelled = parseReference(name, `${field}: ${name}`);
    if (spelled.tag !== void 0 || spelled.digest !== void 0 || spelled.name !== name) {
      throw new PinshipError(`NAME ${JSON.stringify(name)} must be an image name without tag or digest`, {
        field: `${field}: ${name}`,
        hint: "kustomize matches images entries by name alone: compute=repo@sha256:..."
      });
    }
    if (pins.some((p) => p.name === name)) {
      throw new PinshipError(`${JSON.stringify(name)} is given twice`, {
        field: `${field}: ${name}`,
        hint: "give each image once"
      });
    }
    const ref = parseReference(value.trim(), `${field}: ${name}`);
    if (!ref.digest) {
      throw new PinshipError(`${JSON.stringify(value.trim())} has no digest`, {
        field: `${field}: ${name}`,
        hint: "expected repo[:tag]@sha256:<64 hex>, as build reports it"
      });
    }
    pins.push({ name, ref });
  }
  if (pins.length === 0) throw new PinshipError("no image to pin", { field, hint: "give NAME=repo@sha256:..." });
  return pins;
}

export {
  parseImagePins
};
