import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  DEFAULT_PIDS_LIMIT
} from "./chunk-WTE3RSPF.js";
import {
  parseImagePins
} from "./chunk-6ZN2BK6V.js";
import {
  parseReference
} from "./chunk-6U5DZSTP.js";
import {
  parseCpus,
  parseDuration,
  parseMemory
} from "./chunk-YJIP63MZ.js";
import {
  boolean,
  count,
  keyValues,
  lines,
  text
} from "./chunk-6F3K4STA.js";
import {
  PinshipError
} from "./chunk-SI2EDPFI.js";

// src/run/overlay-form.ts
function besideOverlayError(setting, overlay, field = setting) {
  return new PinshipError(`${overlay} runs what the overlay says: ${setting} cannot be given beside it`, {
    field,
    hint: "set it in the overlay (the Job's completions, parallelism, resources, env)"
  });
}
function parseCollectorImage(ref, field) {
  if (!parseReference(ref, field).digest) {
    throw new PinshipError(`${JSON.stringify(ref)} has no digest`, {
      field,
      hint: "name the collector image by digest: repo@sha256:<64 hex> (an image with sh, find, stat, sha256sum)"
    });
  }
  return ref;
}

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

// src/options/run.ts
var runSchema = {
  image: text({ input: "image" }),
  args: lines({ input: "args", literal: true }),
  local: boolean({ flag: "local" }),
  shards: count({ flag: "shards", input: "shards" }, 1, 1),
  parallelism: count({ flag: "parallelism", input: "parallelism" }, 1),
  cpus: text({ flag: "cpus", input: "cpus" }, parseCpus),
  memoryBytes: text({ flag: "memory", input: "memory" }, parseMemory),
  backoffLimit: count({ flag: "backoff-limit", input: "backoff-limit" }, 0, 0),
  timeoutSeconds: text({ flag: "timeout", input: "timeout" }, parseDuration),
  env: keyValues({ flag: "env", input: "env" }),
  out: text({ flag: "out", input: "out" }),
  outputDir: text({ flag: "output-dir", input: "output-dir" }),
  sourceCommit: text({ flag: "source-commit", input: "source-commit" }),
  username: text({ flag: "username", input: "username" }),
  password: text({ input: "password" }),
  passwordStdin: boolean({ flag: "password-stdin" }),
  user: text({ flag: "user", input: "user" }, parseUserId),
  pidsLimit: count({ flag: "pids-limit", input: "pids-limit" }, 1, DEFAULT_PIDS_LIMIT),
  json: boolean({ flag: "json" }),
  overlay: text({ flag: "overlay", input: "overlay" }),
  kubeconfig: text({ flag: "kubeconfig" }),
  kubeconfigContent: text({ input: "kubeconfig" }),
  context: text({ flag: "context", input: "context" }),
  namespace: text({ flag: "namespace", input: "namespace" }),
  images: lines({ flag: "image", input: "images" }, parseImagePins),
  allowKinds: lines({ flag: "allow-kind", input: "allow-kinds" }),
  pullRequest: count({ flag: "pull-request", input: "pull-request" }, 0),
  ttlSeconds: text({ flag: "ttl", input: "ttl" }, parseDuration),
  collectorImage: text({ flag: "collector-image", input: "collector-image" }, parseCollectorImage),
  cleanup: boolean({ flag: "cleanup", input: "cleanup" }),
  rerun: boolean({ flag: "rerun", input: "rerun" }),
  observe: boolean({ flag: "observe", input: "observe" }),
  kustomization: text({ flag: "kustomization", input: "kustomization" }, parseKustomization),
  revision: text({ flag: "revision", input: "revision" }),
  reconcile: boolean({ flag: "reconcile", input: "reconcile" })
};
var LOCAL_ONLY = [
  "local",
  "shards",
  "parallelism",
  "cpus",
  "memoryBytes",
  "backoffLimit",
  "env",
  "args",
  "outputDir",
  "username",
  "password",
  "passwordStdin",
  "user",
  "pidsLimit"
];
var APPLY_ONLY = [
  "namespace",
  "images",
  "allowKinds",
  "pullRequest",
  "ttlSeconds",
  "cleanup",
  "rerun"
];
var OVERLAY_ONLY = [
  "kubeconfig",
  "kubeconfigContent",
  "context",
  ...APPLY_ONLY,
  "collectorImage",
  "observe"
];
var OBSERVE_ONLY = ["kustomization", "revision", "reconcile"];
function checkRunForm({ given, nameOf }) {
  const find = (keys) => keys.find((key) => given.has(key));
  const overlay = nameOf("overlay");
  if (!given.has("overlay")) {
    const kube = find([...OVERLAY_ONLY, ...OBSERVE_ONLY]);
    if (kube) throw new PinshipError(`${nameOf(kube)} goes with ${overlay}`, { field: nameOf(kube) });
    return;
  }
  const local = find(LOCAL_ONLY);
  if (local) throw besideOverlayError(nameOf(local), overlay);
  const observe = nameOf("observe");
  if (!given.has("observe")) {
    const extra = find(OBSERVE_ONLY);
    if (extra) throw new PinshipError(`${nameOf(extra)} goes with ${observe}`, { field: nameOf(extra) });
    return;
  }
  const applying = find(APPLY_ONLY);
  if (applying) {
    throw new PinshipError(
      `${observe} applies nothing (Flux applies the commit): ${nameOf(applying)} would be ignored`,
      {
        field: nameOf(applying),
        hint: `set it in the GitOps repository's overlay, or run without ${observe}`
      }
    );
  }
}
function parseKustomization(value, field) {
  if (!/^[a-z0-9.-]+\/[a-z0-9.-]+$/.test(value))
    throw new PinshipError(`expected NAMESPACE/NAME, got ${JSON.stringify(value)}`, { field });
  return value;
}
function localRunOptions(o, image) {
  return {
    image,
    shards: o.shards,
    parallelism: o.parallelism ?? o.shards,
    cpus: o.cpus ?? null,
    memoryBytes: o.memoryBytes ?? null,
    backoffLimit: o.backoffLimit,
    timeoutSeconds: o.timeoutSeconds ?? null,
    env: o.env,
    args: o.args,
    out: o.out,
    outputDir: o.outputDir,
    sourceCommit: o.sourceCommit,
    username: o.username,
    user: o.user,
    pidsLimit: o.pidsLimit
  };
}
function overlayRunOptions(o, overlay) {
  return {
    overlay,
    ...o.observe ? { kustomization: o.kustomization, revision: o.revision, reconcile: o.reconcile } : {},
    context: o.context,
    namespace: o.namespace,
    images: o.images,
    allowKinds: o.allowKinds,
    pullRequest: o.pullRequest,
    ttlSeconds: o.ttlSeconds,
    cleanup: o.cleanup,
    collectorImage: o.collectorImage,
    timeoutSeconds: o.timeoutSeconds ?? null,
    out: o.out,
    sourceCommit: o.sourceCommit,
    rerun: o.rerun
  };
}

export {
  besideOverlayError,
  runSchema,
  checkRunForm,
  localRunOptions,
  overlayRunOptions
};
