import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  parseReference
} from "./chunk-6U5DZSTP.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/inputs/user-id.ts
function parseUserId(value, field) {
  if (!/^\d{1,10}(:\d{1,10})?$/.test(value.trim())) {
    throw new PinshipError(`${JSON.stringify(value)} is not UID or UID:GID`, {
      field,
      hint: "numeric ids, as `id -u`:`id -g` prints them: 1000:1000"
    });
  }
  return value.trim();
}

// src/run/quantity.ts
var BINARY = { "": 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
var KUBE_BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
function parseMemory(value, field = "memory") {
  const text = value.trim();
  const kube = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti)$/.exec(text);
  const docker = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(text);
  const match = kube ?? docker;
  const unit = kube ? KUBE_BINARY[kube[2]] : BINARY[(docker?.[2] ?? "").toLowerCase()];
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!Number.isFinite(bytes) || bytes < 6 * 2 ** 20) {
    throw new PinshipError(
      `expected a memory size of at least 6m such as 64m, 1g, 256Mi or 1Gi, got ${JSON.stringify(value)}`,
      {
        field
      }
    );
  }
  return bytes;
}
function parseCpus(value, field = "cpus") {
  const text = value.trim();
  const milli = /^(\d+)m$/.exec(text);
  const cores = milli ? Number(milli[1]) / 1e3 : /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(cores) || cores < 0.01) {
    throw new PinshipError(
      `expected a number of cores of at least 0.01 such as 0.5, 2 or 500m, got ${JSON.stringify(value)}`,
      {
        field
      }
    );
  }
  return cores;
}
var DURATION_UNITS = { ms: 1e-3, s: 1, m: 60, h: 3600 };
function parseDuration(value, field = "timeout") {
  const text = value.trim();
  let seconds = NaN;
  if (/^\d+(?:\.\d+)?$/.test(text)) {
    seconds = Number(text);
  } else if (/^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/.test(text)) {
    seconds = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
      seconds += Number(amount) * DURATION_UNITS[unit];
    }
  }
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new PinshipError(`expected a duration such as 30s, 5m, 1h or 1h30m, got ${JSON.stringify(value)}`, { field });
  }
  return seconds;
}

// src/run/overlay-form.ts
function besideOverlayError(setting, overlay, field = setting) {
  return new PinshipError(`${overlay} runs what the overlay says: ${setting} cannot be given beside it`, {
    field,
    hint: "set it in the overlay (the Job's completions, parallelism, resources, env)"
  });
}
var OVERLAY_ONLY = [
  "kubeconfig",
  "context",
  "namespace",
  "image",
  "allow-kind",
  "pull-request",
  "ttl",
  "cleanup",
  "collector-image"
];
function parseCollectorImage(ref, field) {
  if (!parseReference(ref, field).digest) {
    throw new PinshipError(`${JSON.stringify(ref)} has no digest`, {
      field,
      hint: "name the collector image by digest: repo@sha256:<64 hex> (an image with sh, find, stat, sha256sum)"
    });
  }
  return ref;
}

export {
  parseUserId,
  parseMemory,
  parseCpus,
  parseDuration,
  besideOverlayError,
  OVERLAY_ONLY,
  parseCollectorImage
};
