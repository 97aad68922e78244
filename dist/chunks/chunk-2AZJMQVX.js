import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  runGitBatch
} from "./chunk-ZGUWF77U.js";
import {
  COMMIT_LOG_ARGS,
  parseCommitInfo
} from "./chunk-GEIO5JER.js";
import {
  engineAuth,
  pullImage
} from "./chunk-W7ZVAYRB.js";
import {
  checkPlatform,
  chooseBuilder,
  chooseNetwork,
  contextReadError,
  contextTransfer,
  ignoreMatcher,
  mb,
  patternMatcher,
  readInstructions,
  readStages,
  stageNames,
  stageVariables,
  substitute,
  walk
} from "./chunk-FGBHSNPK.js";
import {
  readJsonMessages
} from "./chunk-WPBSY374.js";
import {
  RegistryClient,
  isTransient
} from "./chunk-PQCI3ACI.js";
import {
  resolveCredentials
} from "./chunk-V7L7ANJB.js";
import {
  pinTrailers
} from "./chunk-CDRSM3XE.js";
import {
  commitsWithMessageContaining,
  firstParentChangesOf
} from "./chunk-WWE2H5DM.js";
import {
  isTag,
  parseReference
} from "./chunk-6U5DZSTP.js";
import {
  isFirstParentAncestor,
  ownershipRefusal,
  remoteDefaultBranch
} from "./chunk-QBC5PCZI.js";
import {
  git
} from "./chunk-7MXVX47H.js";
import {
  readGitHubContext
} from "./chunk-QRD45XQP.js";
import {
  PinshipError,
  describeError,
  wrapError
} from "./chunk-SI2EDPFI.js";

// src/build/base-images.ts
var REGISTRY_TIMEOUT_MS = 1e4;
async function resolveBaseImages(images, docker, credentialsFor, log) {
  const results = await Promise.all(
    images.map(async (image) => {
      const ref = parseReference(image, "file");
      if (ref.digest) return { image, remote: ref.digest, onBuild: [] };
      const local = await docker.getImage(image).inspect().then(
        (i) => ({ id: i.Id, digests: repositoryDigests(i.RepoDigests ?? [], ref), onBuild: i.Config?.OnBuild ?? [] }),
        () => void 0
      );
      const onBuild = local?.onBuild ?? [];
      if (local && local.digests.length === 0) return { image, ref, local: local.id, onBuild };
      const lookup = await registryDigest(ref.registry, ref.path, ref.tag ?? "latest", credentialsFor, log);
      const { remote, failure } = lookup;
      const stale = Boolean(remote && local && !local.digests.includes(remote));
      return { image, ref, remote, local: local?.id, stale, onBuild, failure };
    })
  );
  const out = {
    digests: {},
    unresolved: [],
    allFromRegistry: true,
    stale: [],
    onBuild: [],
    lookupFailures: []
  };
  for (const r of results) {
    out.onBuild.push(...r.onBuild);
    if ("failure" in r && r.failure) out.lookupFailures.push({ image: r.image, reason: r.failure });
    if (r.remote) out.digests[r.image] = `registry ${r.remote}`;
    else if (r.local) out.digests[r.image] = `local ${r.local}`;
    else out.unresolved.push(r.image);
    if (!r.remote) out.allFromRegistry = false;
    if (r.remote && "stale" in r && r.stale) out.stale.push({ image: r.image, reference: r.ref, digest: r.remote });
  }
  return out;
}
function repositoryDigests(repoDigests, ref) {
  return repoDigests.flatMap((d) => {
    try {
      const other = parseReference(d, "RepoDigests");
      return other.registry === ref.registry && other.path === ref.path && other.digest ? [other.digest] : [];
    } catch {
      return [];
    }
  });
}
async function registryDigest(registry, path, tag, credentialsFor, log) {
  let timer;
  const timeout = new Promise((resolve4) => {
    timer = setTimeout(
      () => resolve4({ failure: `no answer within ${REGISTRY_TIMEOUT_MS / 1e3} s` }),
      REGISTRY_TIMEOUT_MS
    );
  });
  const lookup = (async () => {
    const client = new RegistryClient(registry, { credentials: await credentialsFor(registry), log });
    return { remote: (await client.findManifest(path, tag))?.digest };
  })().catch((err) => ({ failure: describeError(err) }));
  try {
    return await Promise.race([lookup, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
async function refreshStaleBases(docker, stale, pullOptions2) {
  for (const { image, reference, digest } of stale) {
    const options = pullOptions2(reference.registry);
    options.log.info(`base image ${image}: the engine's copy is not ${digest}, the one its registry serves`);
    const pinned = `${reference.name}@${digest}`;
    await pullImage(docker, pinned, reference.registry, options);
    await docker.getImage(pinned).tag({ repo: reference.name, tag: reference.tag ?? "latest" });
  }
}

// src/build/tags.ts
import { createHash } from "node:crypto";
function inputDigestTag(inputDigest, prefix = "in-") {
  return `${prefix}${inputDigest.replace(/^sha256:/, "").slice(0, 32)}`;
}
function sanitizeTag(name) {
  if (isTag(name) && !RESERVED.test(name) && !HASHED.test(name)) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 12);
  const text = name.replace(/[^\w.-]+/g, "-").replace(/^[.-]+/, "").slice(0, 128 - 13).replace(/-+$/, "");
  return `${text || "branch"}-${hash}`;
}
var RESERVED = /^((pr-)?in-[0-9a-f]{32}|sha-[0-9a-f]{7,40}|pr-\d+)$/;
var INPUT_TAG = /^(pr-)?in-[0-9a-f]{32}$/;
var HASHED = /-[0-9a-f]{12}$/;
function pullRequestNumber(env) {
  const ref = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? "");
  if (ref && isPullRequestNumber(Number(ref[1]))) return Number(ref[1]);
  if (!/^pull_request/.test(env.GITHUB_EVENT_NAME ?? "")) return void 0;
  return readGitHubContext(env).pullRequest?.number;
}
function isPullRequestNumber(n) {
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0;
}
function branchName(commit, env) {
  const ref = /^refs\/heads\/(.+)$/.exec(env.GITHUB_REF ?? "");
  return ref ? ref[1] : commit?.branch;
}
function commitTags(commit, extra, env) {
  for (const tag of extra) {
    if (!isTag(tag)) {
      throw new PinshipError(
        `invalid tag ${JSON.stringify(tag)}: use letters, digits, _ . - (at most 128, not starting with . or -)`,
        { field: "tags" }
      );
    }
    if (INPUT_TAG.test(tag)) {
      throw new PinshipError(`tag ${tag} has the form of pinship's input-digest tag, which marks skips`, {
        field: "tags"
      });
    }
  }
  const tags = [];
  if (commit) tags.push(`sha-${commit.shortSha}`);
  const pr = pullRequestNumber(env);
  const branch = branchName(commit, env);
  if (pr !== void 0) tags.push(`pr-${pr}`);
  else if (branch) tags.push(sanitizeTag(branch));
  tags.push(...extra);
  return [...new Set(tags)];
}

// src/build/cache.ts
function cacheReference(text, image, field) {
  const ref = parseReference(/[/:@]/.test(text) ? text : `${image.name}:${text}`, field);
  if (!ref.tag && !ref.digest) return { ...ref, tag: "latest" };
  return ref;
}
function cacheTarget(text, image) {
  if (!text) return void 0;
  const ref = cacheReference(text, image, "cache-to");
  if (ref.registry !== image.registry || ref.path !== image.path || !ref.tag || ref.digest) {
    throw new PinshipError(
      `cache-to ${text}: give a tag of ${image.name}: the cache is the pushed image itself, with inline cache metadata (the Engine API exports no separate cache)`,
      { field: "cache-to" }
    );
  }
  return ref;
}
function defaultCacheSources(image, tags, defaultBranch, env) {
  const own = tags.find((t) => !t.startsWith("sha-"));
  const branches = [env.GITHUB_BASE_REF, readGitHubContext(env).defaultBranch ?? defaultBranch].map(
    (b) => b && sanitizeTag(b)
  );
  const out = [own, ...branches].filter((t) => Boolean(t)).map((t) => `${image.name}:${t}`);
  return [...new Set(out)];
}
async function usableCacheSources(sources, given, credentialsFor, log) {
  const checks = await Promise.all(
    sources.map(async (source) => {
      try {
        const ref = parseReference(source, "cache-from");
        const client = new RegistryClient(ref.registry, { credentials: await credentialsFor(ref.registry), log });
        const found = await client.findManifest(ref.path, ref.digest ?? ref.tag ?? "latest");
        return found ? void 0 : "not found";
      } catch (err) {
        if (err instanceof PinshipError && err.field === "cache-from" && given) throw err;
        return describeError(err);
      }
    })
  );
  const usable = [];
  sources.forEach((source, i) => {
    const problem = checks[i];
    if (!problem) usable.push(source);
    else if (given) log.warn(`cache ${source} cannot be used (${problem}): building without it`);
    else log.info(`no cache from ${source} (${problem})`);
  });
  return usable;
}

// src/build/lookup.ts
async function lookupInRegistry(registry, plan) {
  const manifest = await registry.findManifest(plan.reference.path, plan.inTag);
  return manifest ? { where: "registry", digest: manifest.digest, manifest } : void 0;
}
async function lookupInEngine(docker, plan) {
  const id = await docker.getImage(`${plan.name}:${plan.inTag}`).inspect().then(
    (i) => i.Id,
    () => void 0
  );
  return id ? { where: "engine", digest: id } : void 0;
}

// src/build/plan.ts
import { resolve as resolve3 } from "node:path";

// src/docker/engine-info.ts
async function readEngineInfo(docker) {
  const [ping, version, networks] = await Promise.all([pingHeaders(docker), docker.version(), docker.listNetworks()]);
  return {
    platform: `${version.Os}/${version.Arch}`,
    apiVersion: version.ApiVersion,
    builderVersion: String(ping["builder-version"] ?? ""),
    hasBridge: networks.some((n) => n.Name === "bridge"),
    networks: networks.map((n) => n.Name)
  };
}
function pingHeaders(docker) {
  return new Promise((resolve4, reject) => {
    docker.modem.dial(
      { path: "/_ping", method: "GET", isStream: true, statusCodes: { 200: true } },
      (err, res) => {
        if (err) return reject(err);
        const response = res;
        response.resume();
        resolve4(response.headers);
      }
    );
  });
}

// src/git/clean-blob-ids.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";

// src/git/blob-hash.ts
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var CHUNK = 1 << 20;
var BATCH_FILES = 256;
async function hashFiles(files, options = {}) {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const threads = Math.max(
    1,
    Math.min(options.threads ?? Math.min(4, availableParallelism()), Math.ceil(files.length / BATCH_FILES))
  );
  if (threads === 1 || total < (options.threadedAboveBytes ?? 16 << 20)) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let hashed = 0;
    return files.map((f) => {
      const hex = hashFileSync(f.path, f.size, buffer);
      hashed += f.size;
      options.onProgress?.(hashed);
      return hex;
    });
  }
  return hashInWorkers(files, threads, options.onProgress);
}
function hashFileSync(path, size, buffer) {
  return blobId(path, size, buffer, fs, crypto);
}
function blobId(path, size, buffer, files, hashing) {
  const shrank = () => Object.assign(new Error("it is shorter than when it was listed (changed while it was read?)"), { path });
  const header = Buffer.from(`blob ${size}\0`);
  const fd = files.openSync(path, "r");
  try {
    if (size + header.length <= buffer.length && hashing.hash) {
      header.copy(buffer, 0);
      const n = size === 0 ? 0 : files.readSync(fd, buffer, header.length, size, 0);
      if (n !== size) throw shrank();
      return hashing.hash("sha1", buffer.subarray(0, header.length + n), "hex");
    }
    const h = hashing.createHash("sha1").update(header);
    let position = 0;
    while (position < size) {
      const n = files.readSync(fd, buffer, 0, Math.min(buffer.length, size - position), position);
      if (n === 0) throw shrank();
      h.update(buffer.subarray(0, n));
      position += n;
    }
    return h.digest("hex");
  } finally {
    files.closeSync(fd);
  }
}
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const crypto = require('node:crypto');
const fs = require('node:fs');
const buffer = Buffer.allocUnsafe(${CHUNK});
const blobId = ${blobId.toString()};
function hashFile(path, size) {
  return blobId(path, size, buffer, fs, crypto);
}
parentPort.on('message', (batch) => {
  try {
    parentPort.postMessage({ id: batch.id, hashes: batch.files.map((f) => hashFile(f.path, f.size)) });
  } catch (err) {
    parentPort.postMessage({
      id: batch.id,
      error: String((err && err.message) || err),
      code: err && err.code,
      path: err && err.path,
    });
  }
});
`;
function toBatches(files) {
  const batches = [];
  for (let start = 0; start < files.length; start += BATCH_FILES) {
    batches.push({
      id: batches.length,
      start,
      files: files.slice(start, start + BATCH_FILES).map(({ path, size }) => ({ path, size }))
    });
  }
  return batches;
}
function hashInWorkers(files, threads, onProgress) {
  const out = new Array(files.length);
  const batches = toBatches(files);
  let nextBatch = 0;
  let done = 0;
  let hashed = 0;
  let settled = false;
  const workers = [];
  return new Promise((resolve4, reject) => {
    const finish = (err) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve4(out);
    };
    const pool = {
      take: () => settled ? void 0 : batches[nextBatch++],
      byId: (id) => batches[id],
      complete: (batch, hashes) => {
        hashes.forEach((hex, j) => {
          out[batch.start + j] = hex;
        });
        for (const f of batch.files) hashed += f.size;
        onProgress?.(hashed);
        if (++done === batches.length) finish();
      },
      finish
    };
    for (let i = 0; i < threads - 1; i++) workers.push(startWorker(pool));
    hashOnCallingThread(pool).catch((err) => finish(err));
  });
}
function startWorker(pool) {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  const feed = () => {
    const batch = pool.take();
    if (batch) worker.postMessage({ id: batch.id, files: batch.files });
  };
  worker.on("error", (err) => pool.finish(err));
  worker.on("message", (msg) => {
    if (msg.error) return pool.finish(Object.assign(new Error(msg.error), { code: msg.code, path: msg.path }));
    pool.complete(pool.byId(msg.id), msg.hashes);
    feed();
  });
  feed();
  feed();
  return worker;
}
async function hashOnCallingThread(pool) {
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (let batch = pool.take(); batch; batch = pool.take()) {
    pool.complete(
      batch,
      batch.files.map((f) => hashFileSync(f.path, f.size, buffer))
    );
    await new Promise((r) => setImmediate(r));
  }
}

// src/git/index-file.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
function readIndexFile(path) {
  const file = readCheckedIndex(path);
  if (!file) return void 0;
  const { data, body, version } = file;
  const count = data.readUInt32BE(8);
  const entries = [];
  let at = 12;
  let previous = Buffer.alloc(0);
  let hasAttributesFile = false;
  for (let i = 0; i < count; i++) {
    if (at + 62 > body.length) return void 0;
    const start = at;
    const mode = data.readUInt32BE(at + 24);
    const flags = data.readUInt16BE(at + 60);
    let extended = 0;
    at += 62;
    if (flags & 16384) {
      if (version < 3) return void 0;
      extended = data.readUInt16BE(at);
      at += 2;
    }
    const named = version === 4 ? readCompressedName(data, at, previous) : readPaddedName(data, at, start);
    if (!named) return void 0;
    at = named.next;
    previous = named.bytes;
    const name = named.bytes.toString("utf8");
    if (name === ".gitattributes" || name.endsWith("/.gitattributes")) hasAttributesFile = true;
    if (isTrustedFile(flags, extended, mode)) entries.push(entryAt(data, start, name));
  }
  if (hasSplitIndex(data, body, at)) return void 0;
  return { entries, mtimeSec: file.mtimeSec, hasAttributesFile };
}
function readCheckedIndex(path) {
  let data;
  let mtimeSec;
  try {
    mtimeSec = Math.floor(statSync(path).mtimeMs / 1e3);
    data = readFileSync(path);
  } catch {
    return void 0;
  }
  if (data.length < 32 || data.toString("latin1", 0, 4) !== "DIRC") return void 0;
  const version = data.readUInt32BE(4);
  if (version < 2 || version > 4) return void 0;
  const body = data.subarray(0, data.length - 20);
  const trailer = data.subarray(data.length - 20);
  if (trailer.some((b) => b !== 0) && !createHash2("sha1").update(body).digest().equals(trailer)) return void 0;
  return { data, body, version, mtimeSec };
}
function readCompressedName(data, at, previous) {
  let c = data[at++];
  let drop = c & 127;
  while (c & 128) {
    c = data[at++];
    drop = drop + 1 << 7 | c & 127;
  }
  const end = data.indexOf(0, at);
  if (end === -1 || drop > previous.length) return void 0;
  return {
    bytes: Buffer.concat([previous.subarray(0, previous.length - drop), data.subarray(at, end)]),
    next: end + 1
  };
}
function readPaddedName(data, at, start) {
  const end = data.indexOf(0, at);
  if (end === -1) return void 0;
  return { bytes: data.subarray(at, end), next: start + (end - start + 8 & ~7) };
}
function isTrustedFile(flags, extended, mode) {
  const stage = flags >> 12 & 3;
  const assumeValid = flags & 32768;
  const skipOrIntent = extended & 24576;
  const regular = mode === 33188 || mode === 33261;
  return stage === 0 && !assumeValid && !skipOrIntent && regular;
}
function entryAt(data, start, path) {
  return {
    path,
    blob: data.toString("hex", start + 40, start + 60),
    ctimeSec: data.readUInt32BE(start),
    ctimeNsec: data.readUInt32BE(start + 4),
    mtimeSec: data.readUInt32BE(start + 8),
    mtimeNsec: data.readUInt32BE(start + 12),
    ino: data.readUInt32BE(start + 20),
    uid: data.readUInt32BE(start + 28),
    gid: data.readUInt32BE(start + 32),
    size: data.readUInt32BE(start + 36)
  };
}
function hasSplitIndex(data, body, at) {
  while (at + 8 <= body.length) {
    if (data.toString("latin1", at, at + 4) === "link") return true;
    at += 8 + data.readUInt32BE(at + 4);
  }
  return false;
}

// src/git/clean-blob-ids.ts
var CONVERTING = ["filter", "text", "eol", "crlf", "ident", "working-tree-encoding"];
var INDEX_QUERIES = [
  [
    "rev-parse",
    "--show-object-format",
    "--absolute-git-dir",
    "--show-toplevel",
    "--show-prefix",
    "--git-path",
    "index",
    // In a linked worktree, info/ is the main repository's ($GIT_COMMON_DIR), not the worktree's.
    "--git-path",
    "info/attributes"
  ],
  ["--exec-path"]
];
function configQuery(more) {
  const keys = ["core.autocrlf", "core.attributesfile", ...more].map((k) => k.replace(/\./g, "\\."));
  return ["config", "-z", "--get-regexp", `^(${keys.join("|")})$`];
}
async function cleanBlobIdsFrom(dir, outputs, files, otherAttributeFiles = []) {
  const { revParse, config: settings } = outputs;
  if (!revParse) return void 0;
  const [format, gitDir, topLevel, prefix, indexPath, infoAttributes] = revParse.split("\n");
  if (format !== "sha1" || !gitDir || !topLevel || prefix === void 0 || !indexPath || !infoAttributes) {
    return void 0;
  }
  if (convertsEol(settings.get("core.autocrlf"))) return void 0;
  const index = readIndexFile(resolve(dir, indexPath));
  const clean = index ? await cleanIdsFromIndex(dir, index, prefix, files) : await cleanIdsFromGit(dir);
  if (!clean) return void 0;
  const { ids } = clean;
  if (ids.size === 0) return ids;
  const hasAttributes = clean.tracksAttributes || attributesFiles(outputs, resolve(dir, infoAttributes)).some((f) => existsSync(f)) || otherAttributeFiles.length > 0 || [...files.keys()].some((name) => name === ".gitattributes" || name.endsWith("/.gitattributes")) || ancestors(resolve(dir), topLevel).some((d) => existsSync(join(d, ".gitattributes")));
  return hasAttributes ? withoutConverted(dir, ids) : ids;
}
async function cleanIdsFromIndex(dir, index, prefix, files) {
  const ids = /* @__PURE__ */ new Map();
  const racy = [];
  for (const entry of index.entries) {
    if (!entry.path.startsWith(prefix)) continue;
    const name = entry.path.slice(prefix.length);
    const st = files.get(name);
    if (!st?.isFile() || !statMatches(entry, st)) continue;
    if (entry.mtimeSec < index.mtimeSec) ids.set(name, entry.blob);
    else racy.push({ name, blob: entry.blob, size: st.size });
  }
  const hashes = await hashFiles(racy.map((r) => ({ path: join(dir, r.name), size: r.size }))).catch(() => []);
  racy.forEach((r, i) => {
    if (hashes[i] === r.blob) ids.set(r.name, r.blob);
  });
  return { ids, tracksAttributes: index.hasAttributesFile };
}
async function cleanIdsFromGit(dir) {
  const [listed, dirty] = await runGitBatch(dir, [
    ["ls-files", "-z", "-s", "-v"],
    ["diff-files", "-z", "--name-only", "--relative"]
  ]);
  if (listed === void 0 || dirty === void 0) return void 0;
  const ids = /* @__PURE__ */ new Map();
  const modified = new Set(dirty.split("\0").filter(Boolean));
  for (const record of listed.split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1) continue;
    const [tag, mode, blob, stage] = record.slice(0, tab).split(" ");
    const path = record.slice(tab + 1);
    if (tag !== "H" || stage !== "0" || mode !== "100644" && mode !== "100755" || !blob) continue;
    if (!modified.has(path)) ids.set(path, blob);
  }
  return { ids, tracksAttributes: listed.includes(".gitattributes\0") };
}
async function withoutConverted(dir, ids) {
  const attrs = await git(dir, ["check-attr", "-z", "--stdin", ...CONVERTING], {
    input: `${[...ids.keys()].join("\0")}\0`
  }).catch(() => void 0);
  if (attrs === void 0) return void 0;
  const fields = attrs.split("\0");
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i + 2] !== "unspecified") ids.delete(fields[i]);
  }
  return ids;
}
function convertsEol(value) {
  if (value === void 0) return false;
  const v = value.trim().toLowerCase();
  if (v === "input" || v === "true" || v === "yes" || v === "on") return true;
  if (v === "false" || v === "no" || v === "off" || v === "") return false;
  return !/^-?0+$/.test(v);
}
function attributesFiles(outputs, infoAttributes) {
  const files = [infoAttributes];
  const configured = outputs.config.get("core.attributesfile");
  const xdg = process.env.XDG_CONFIG_HOME || join(homedir(), ".config");
  files.push(configured ? expandHome(configured) : join(xdg, "git", "attributes"));
  if (!/^(1|true|yes|on)$/i.test(process.env.GIT_ATTR_NOSYSTEM ?? "")) {
    const prefix = outputs.execPath ? dirname(dirname(outputs.execPath.trim())) : "/usr";
    files.push(prefix === "/usr" ? "/etc/gitattributes" : join(prefix, "etc", "gitattributes"), "/etc/gitattributes");
  }
  return files;
}
function expandHome(path) {
  return path === "~" || path.startsWith("~/") ? join(homedir(), path.slice(1)) : path;
}
function statMatches(entry, st) {
  return st.mtimeMs === entry.mtimeSec * 1e3 + entry.mtimeNsec / 1e6 && st.ctimeMs === entry.ctimeSec * 1e3 + entry.ctimeNsec / 1e6 && st.size === entry.size && st.ino % 2 ** 32 === entry.ino && st.uid % 2 ** 32 === entry.uid && st.gid % 2 ** 32 === entry.gid;
}
function parseConfig(text) {
  const out = /* @__PURE__ */ new Map();
  for (const record of text.split("\0")) {
    const nl = record.indexOf("\n");
    if (nl > 0) out.set(record.slice(0, nl).toLowerCase(), record.slice(nl + 1).trim());
    else if (nl === -1 && record) out.set(record.toLowerCase(), "true");
  }
  return out;
}
function ancestors(dir, top) {
  const out = [];
  for (let d = dir; ; d = dirname(d)) {
    out.push(d);
    if (d === top || dirname(d) === d) return out;
  }
}

// src/git/repo-state.ts
async function readRepoState(dir, options) {
  const [log, config, ...index] = await runGitBatch(dir, [
    COMMIT_LOG_ARGS,
    configQuery(["remote.origin.url"]),
    ...options.index ? INDEX_QUERIES : []
  ]);
  const settings = parseConfig(config ?? "");
  const [revParse, execPath] = index;
  return {
    commit: parseCommitInfo(log, settings.get("remote.origin.url")),
    index: options.index ? { revParse, config: settings, execPath } : void 0
  };
}
function cleanBlobIds(dir, state, files, otherAttributeFiles = []) {
  if (!state.index) return Promise.resolve(void 0);
  return cleanBlobIdsFrom(dir, state.index, files, otherAttributeFiles);
}

// src/build/plan-context.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";

// src/git/config-credentials.ts
function credentialKeys(text) {
  const found = [];
  let section = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*([\w.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (header) {
      section = header[2] === void 0 ? header[1].toLowerCase() : `${header[1].toLowerCase()}.${header[2]}`;
      continue;
    }
    const entry = /^([A-Za-z][\w-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!entry) continue;
    const key = entry[1].toLowerCase();
    const value = entry[2] ?? "";
    const secretUrl = /^"?https?:\/\/[^/\s@]+@/i.test(value);
    if (key === "extraheader" || secretUrl) found.push(`${section}.${key}`);
  }
  return found;
}

// src/build/context/read-context.ts
import { createHash as createHash3 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { readFile as readFile2, realpath, stat as stat2 } from "node:fs/promises";
import { isAbsolute, join as join2, posix, relative, resolve as resolve2, sep } from "node:path";

// src/build/context/ignore-file.ts
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
async function readDockerfileIgnore(dockerfilePath) {
  const path = `${dockerfilePath}.dockerignore`;
  try {
    const [st, content] = await Promise.all([stat(path), readFile(path)]);
    return { name: basename(path), content, stat: st };
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw new PinshipError(`cannot read ${path}: ${describeError(err)}`, {
      field: "file",
      hint: "make it readable by this user"
    });
  }
}
function parseIgnoreFile(text) {
  return text.split(/\r?\n/).filter((line) => !line.startsWith("#")).map((line) => line.trim()).filter(Boolean);
}

// src/build/context/read-context.ts
async function readBuildContext(contextDir, dockerfile) {
  const dir = resolve2(contextDir);
  const dirStat = await stat2(dir).catch(() => void 0);
  if (!dirStat?.isDirectory()) {
    throw new PinshipError(`the build context ${contextDir} is not a directory`, { field: "context" });
  }
  const { dockerfilePath, dockerfileContent, dockerfileStat } = await readDockerfile(dir, contextDir, dockerfile);
  const { outside, dockerfileName } = await placeDockerfile(dir, dockerfilePath, dockerfileContent);
  const rules = await ignoreRules(dir, dockerfilePath, dockerfileName, outside);
  const entries = [];
  const excludedAttributes = [];
  const root = { prefix: "", depth: 0, ignored: false };
  await walk(dir, root, rules.ignores, rules.exceptions, entries, excludedAttributes);
  const ownDockerignore = outside ? addOutsideDockerfile(entries, dockerfileName, dockerfileContent) : void 0;
  const bytes = entries.reduce((sum, e) => sum + (e.type === "file" ? e.size : 0), 0);
  const hadDockerignore = entries.some((e) => e.name === ".dockerignore" && e.source);
  const readOnlyEntries = [];
  if (outside || rules.userIgnores(dockerfileName)) readOnlyEntries.push(dockerfileName);
  if (outside && !hadDockerignore || hadDockerignore && rules.userIgnores(".dockerignore"))
    readOnlyEntries.push(".dockerignore");
  return {
    dir,
    entries,
    dockerfileName,
    dockerfileContent,
    dockerfilePath,
    dockerfileStat,
    ownDockerignore,
    dockerfileIgnore: rules.dockerfileIgnore,
    ignorePatterns: rules.ignorePatterns,
    bytes,
    readOnlyEntries,
    excludedAttributes
  };
}
async function readDockerfile(dir, contextDir, dockerfile) {
  const dockerfilePath = dockerfile ? resolve2(dockerfile) : join2(dir, "Dockerfile");
  try {
    const dockerfileStat = await stat2(dockerfilePath);
    const dockerfileContent = await readFile2(dockerfilePath);
    return { dockerfilePath, dockerfileContent, dockerfileStat };
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "does not exist" : code === "EACCES" || code === "EPERM" ? "cannot be read: permission denied" : describeError(err);
    throw new PinshipError(`the Dockerfile ${dockerfile ?? join2(contextDir, "Dockerfile")} ${why}`, {
      field: "file",
      hint: dockerfile ? void 0 : "give its path with --file / the file input"
    });
  }
}
async function placeDockerfile(dir, dockerfilePath, content) {
  const inside = relative(dir, dockerfilePath);
  const outside = isOutside(inside) || isOutside(relative(await realpath(dir), await realpath(dockerfilePath)));
  const dockerfileName = outside ? `.dockerfile.${createHash3("sha256").update(content).digest("hex").slice(0, 20)}` : inside.split(sep).join("/");
  return { outside, dockerfileName };
}
async function ignoreRules(dir, dockerfilePath, dockerfileName, outside) {
  const dockerfileIgnore = await readDockerfileIgnore(dockerfilePath);
  const patterns = dockerfileIgnore ? parseIgnoreFile(dockerfileIgnore.content.toString("utf8")) : await readDockerignore(dir);
  const ignorePatterns = [...patterns];
  const userIgnores = patternMatcher(patterns);
  patterns.push("!.dockerignore");
  if (!outside) patterns.push(`!${dockerfileName}`);
  const ignores = ignoreMatcher(patterns);
  const exceptions = patterns.filter((p) => p.startsWith("!")).map((p) => cleanPattern(p.slice(1)));
  return { dockerfileIgnore, ignorePatterns, userIgnores, ignores, exceptions };
}
function isOutside(relativePath) {
  return relativePath.startsWith("..") || isAbsolute(relativePath);
}
function addOutsideDockerfile(entries, name, content) {
  const generated = (entryName, data, mode) => ({
    name: entryName,
    type: "file",
    mode,
    size: data.length,
    mtimeMs: 0,
    content: data
  });
  const at = entries.findIndex((e) => e.name === ".dockerignore");
  const existing = at === -1 ? void 0 : entries[at];
  if (existing && existing.type !== "file") {
    throw new PinshipError(
      ".dockerignore is not a regular file, and a Dockerfile from outside the context must be listed in it",
      { field: "file" }
    );
  }
  const before = existing ? readFileSync2(existing.source) : Buffer.from(".dockerignore");
  const ignore = generated(
    ".dockerignore",
    Buffer.concat([before, Buffer.from(`
${name}
`)]),
    existing?.mode ?? 384
  );
  if (existing) entries[at] = { ...ignore, mtimeMs: existing.mtimeMs };
  else entries.push(ignore);
  entries.push(generated(name, content, 384));
  return existing ? { content: before, stat: existing.stat } : void 0;
}
async function readDockerignore(dir) {
  let text;
  try {
    text = await readFile2(join2(dir, ".dockerignore"), "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return [];
    throw contextReadError(dir, ".dockerignore", err, "make it readable by this user");
  }
  return parseIgnoreFile(text);
}
function cleanPattern(pattern) {
  const cleaned = posix.normalize(pattern.trim()).replace(/\/+$/, "");
  return cleaned.length > 1 && cleaned.startsWith("/") ? cleaned.slice(1) : cleaned;
}

// src/build/plan-context.ts
async function readContext(options, log) {
  const context = await readBuildContext(options.context, options.file);
  checkNotEmpty(context, options);
  checkTarget(context, options);
  if (context.dockerfileIgnore) {
    log.info(`${context.dockerfileIgnore.name} beside the Dockerfile applies instead of the context's .dockerignore`);
  }
  warnSentCredentials(context, options, log);
  if (context.entries.some((e) => e.name === ".git")) {
    log.warn(
      `the context sends .git, so every commit changes the input digest and nothing is ever skipped: add .git to ${options.context}/.dockerignore`
    );
  }
  return context;
}
function warnSentCredentials(context, options, log) {
  for (const entry of context.entries) {
    if (entry.type !== "file" || !entry.source || !/(^|\/)\.git\/config$/.test(entry.name)) continue;
    const keys = credentialKeys(readFileSync3(entry.source, "utf8"));
    if (keys.length === 0) continue;
    log.warn(
      `${join3(options.context, entry.name)} holds credentials (${keys.join(", ")}) and the context sends it to the build, where RUN and COPY can put it in the image: add .git to .dockerignore, and check out with persist-credentials: false`
    );
  }
}
function checkNotEmpty(context, options) {
  if (readInstructions(context.dockerfileContent.toString("utf8")).length > 0) return;
  throw new PinshipError(
    `the Dockerfile ${options.file ?? `${options.context}/Dockerfile`} has no instructions (it needs at least a FROM)`,
    { field: "file" }
  );
}
function checkTarget(context, options) {
  if (!options.target) return;
  const stages = stageNames(context.dockerfileContent.toString("utf8"));
  if (stages.includes(options.target.toLowerCase())) return;
  throw new PinshipError(
    `unknown build stage ${JSON.stringify(options.target)} in ${options.file ?? `${options.context}/Dockerfile`}` + (stages.length ? `: its stages are ${stages.join(", ")}` : ": it names no stages (FROM \u2026 AS name)"),
    { field: "target" }
  );
}

// src/build/dockerfile.ts
function baseImages(dockerfile, buildArgs) {
  const { stages, globalArgs } = readStages(dockerfile, buildArgs);
  const names = /* @__PURE__ */ new Set();
  const images = /* @__PURE__ */ new Set();
  for (const stage of stages) {
    if (stage.name !== void 0) names.add(stage.name);
    const image = stage.base;
    if (image && !names.has(image.toLowerCase()) && image !== "scratch") images.add(image);
    for (const { keyword, rest } of stage.instructions) {
      if (keyword !== "COPY" && keyword !== "RUN") continue;
      for (const m of rest.matchAll(/--(?:from=(\S+)|mount=\S*?\bfrom=([^,\s]+))/g)) {
        const ref = substitute(m[1] ?? m[2] ?? "", globalArgs);
        if (ref && !/^\d+$/.test(ref) && !names.has(ref.toLowerCase())) images.add(ref);
      }
    }
  }
  return [...images];
}
function remoteSources(dockerfile, buildArgs) {
  const { stages, globalArgs } = readStages(dockerfile, buildArgs);
  const out = [];
  for (const stage of stages) {
    const { seen } = stageVariables(stage, { globalArgs, buildArgs });
    for (const instruction of stage.instructions) {
      const { keyword, rest } = instruction;
      if (keyword !== "ADD" || /(^|\s)--checksum=/.test(rest)) continue;
      const vars = seen.get(instruction);
      for (const source of addSources(rest)) {
        const url = substitute(source, vars);
        const known = referencedNames(source).every((n) => vars.has(n));
        const kind = remoteKind(url) ?? (known ? void 0 : "http");
        if (kind) out.push({ url, kind, known });
      }
    }
  }
  return out;
}
function addSources(rest) {
  if (rest.startsWith("[")) {
    try {
      const list = JSON.parse(rest);
      if (Array.isArray(list) && list.every((w) => typeof w === "string")) return list.slice(0, -1);
    } catch {
    }
  }
  const words = rest.split(/\s+/).filter(Boolean);
  let first = 0;
  while (words[first]?.startsWith("--")) first++;
  return words.slice(first, -1);
}
function remoteKind(source) {
  if (/^(git@|git:\/\/|ssh:\/\/)/i.test(source)) return "git";
  if (!/^https?:\/\//i.test(source)) return void 0;
  return /\.git(#|$)/i.test(source) ? "git" : "http";
}
function referencedNames(word) {
  return [...word.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)].map((m) => m[1] ?? m[2]);
}

// src/build/input-digest.ts
import { createHash as createHash4 } from "node:crypto";
var LAYOUT = "pinship-input-digest/v4";
function contentIds(context, options = {}) {
  return hashEntries(context.entries, options).catch((err) => {
    const path = err.path;
    const entry = context.entries.find((e) => e.source === path);
    throw entry ? contextReadError(context.dir, entry.name, err) : err;
  });
}
function inputDigestOf(context, params, fileHashes) {
  const lines = [];
  const line = (value) => lines.push(`${JSON.stringify(value)}
`);
  line(LAYOUT);
  line(["dockerfile", context.dockerfileName, sha256(context.dockerfileContent)]);
  const order = context.entries.map((e, i) => i).sort((a, b) => compare(context.entries[a].name, context.entries[b].name));
  for (const i of order) {
    const e = context.entries[i];
    const id = e.type === "symlink" ? e.linkname : fileHashes[i] ?? "";
    lines.push(`["entry",${quote(e.name)},"${e.type}","${e.mode.toString(8)}",${quote(id)}]
`);
  }
  for (const [k, v] of sortedPairs(params.buildArgs)) line(["build-arg", k, v]);
  line(["target", params.target ?? ""]);
  line(["platform", params.platform ?? ""]);
  for (const [k, v] of sortedPairs(params.labels)) line(["label", k, v]);
  line(["builder", params.builder ?? ""]);
  for (const [k, v] of sortedPairs(params.bases ?? {})) line(["base", k, v]);
  for (const [k, v] of sortedPairs(params.remotes ?? {})) line(["remote", k, v]);
  for (const id of [...params.secretIds ?? []].sort(compare)) line(["secret", id]);
  return `sha256:${createHash4("sha256").update(lines.join("")).digest("hex")}`;
}
async function hashEntries(entries, options = {}) {
  const known = options.known;
  const onDisk = entries.flatMap((e, i) => e.type === "file" && !e.content && !known?.has(e.name) ? [i] : []);
  const hashes = await hashFiles(
    onDisk.map((i) => ({ path: entries[i].source, size: entries[i].size })),
    options
  );
  const out = entries.map(
    (e) => e.type !== "file" ? void 0 : e.content ? blobId2(e.content) : known?.get(e.name)
  );
  onDisk.forEach((entryIndex, k) => {
    out[entryIndex] = hashes[k];
  });
  return out;
}
function quote(text) {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
var NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function sha256(data) {
  return createHash4("sha256").update(data).digest("hex");
}
function blobId2(data) {
  return createHash4("sha1").update(`blob ${data.length}\0`).update(data).digest("hex");
}
function sortedPairs(record) {
  return Object.entries(record).sort(([a], [b]) => compare(a, b));
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/build/labels.ts
function imageLabels(commit, user, env) {
  const labels = {};
  const source = commit?.sourceUrl ?? readGitHubContext(env).repositoryUrl;
  if (source) labels["org.opencontainers.image.source"] = source;
  if (commit) {
    labels["org.opencontainers.image.revision"] = commit.sha;
    labels["org.opencontainers.image.created"] = commit.time;
  }
  return { ...labels, ...user };
}

// src/build/remote-sources.ts
var TIMEOUT_MS = 1e4;
async function resolveRemoteSources(sources, log) {
  const out = { versions: {}, unresolved: [] };
  const results = await Promise.all(sources.map(async (source) => ({ source, found: await identify(source) })));
  for (const { source, found } of results) {
    if ("version" in found) {
      out.versions[source.url] = found.version;
      continue;
    }
    out.unresolved.push(source.url);
    log.warn(`ADD ${shown(source.url)}: ${found.why}, so this build is never skipped`);
  }
  return out;
}
async function identify(source) {
  if (!source.known) return { why: "its URL uses a variable the Dockerfile does not set (an ENV of the base image?)" };
  if (source.kind === "git") {
    return /#[0-9a-f]{40}(:|$)/i.test(source.url) ? { version: "commit in the URL" } : { why: "a git source is pinned only by a full commit id (#<40 hex digits>)" };
  }
  try {
    const response = await headOrFirstByte(source.url);
    if (!response.ok) return { why: `the server answered ${response.status}` };
    const etag = response.headers.get("etag");
    if (etag) return { version: `etag ${etag}` };
    const modified = response.headers.get("last-modified");
    const length = totalLength(response);
    if (modified) return { version: `last-modified ${modified} length ${length ?? "?"}` };
    return { why: "the server sends neither ETag nor Last-Modified" };
  } catch (err) {
    return { why: `cannot reach it (${describeError(err)})` };
  }
}
async function headOrFirstByte(url) {
  const { target, headers } = withoutCredentials(url);
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  const head = await fetch(target, { method: "HEAD", headers, redirect: "follow", signal });
  if (head.ok) return head;
  const get = await fetch(target, { headers: { ...headers, range: "bytes=0-0" }, redirect: "follow", signal });
  await get.body?.cancel();
  return get;
}
function withoutCredentials(url) {
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return { target: url, headers: {} };
  const user = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
  parsed.username = "";
  parsed.password = "";
  return { target: parsed.toString(), headers: { authorization: `Basic ${Buffer.from(user).toString("base64")}` } };
}
function totalLength(response) {
  const range = /\/(\d+)$/.exec(response.headers.get("content-range") ?? "");
  return range?.[1] ?? response.headers.get("content-length") ?? void 0;
}
function shown(url) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.replace(/[?#].*$/, "").replace(/\/\/[^/@]*@/, "//");
  }
}

// src/build/secrets.ts
import { readFile as readFile3 } from "node:fs/promises";
function parseSecretSpec(text, field = "secrets") {
  const fields = /* @__PURE__ */ new Map();
  for (const part of text.split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) {
      throw new PinshipError(`invalid secret ${JSON.stringify(text)}: expected id=X,src=FILE or id=X,env=VAR`, {
        field
      });
    }
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const id = fields.get("id");
  const src = fields.get("src") ?? fields.get("source");
  const env = fields.get("env");
  const type = fields.get("type");
  if (!id) throw new PinshipError(`invalid secret ${JSON.stringify(text)}: it has no id=`, { field });
  if ((src ? 1 : 0) + (env ? 1 : 0) !== 1) {
    throw new PinshipError(`invalid secret ${JSON.stringify(id)}: give exactly one of src=FILE or env=VAR`, { field });
  }
  if (type && type !== (src ? "file" : "env")) {
    const given = src ? "src=" : "env=";
    throw new PinshipError(`invalid secret ${JSON.stringify(id)}: type=${type} does not match ${given}`, { field });
  }
  return src ? { id, src } : { id, env };
}
async function readSecrets(specs, env, log, field = "secrets") {
  const out = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    if (out.has(spec.id)) throw new PinshipError(`secret ${JSON.stringify(spec.id)} is given twice`, { field });
    let value;
    if (spec.src) {
      value = await readFile3(spec.src).catch((err) => {
        const why = `cannot read ${spec.src}: ${describeError(err)}`;
        throw new PinshipError(`secret ${JSON.stringify(spec.id)}: ${why}`, { field, file: spec.src });
      });
    } else {
      const text = env[spec.env];
      if (text === void 0) {
        throw new PinshipError(`secret ${JSON.stringify(spec.id)}: the environment variable ${spec.env} is not set`, {
          field
        });
      }
      value = Buffer.from(text);
    }
    log.addSecret(value.toString("utf8"));
    out.set(spec.id, value);
  }
  return out;
}

// src/build/trust.ts
var REF_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "schedule", "release"]);
function buildTrust(env) {
  if (env.GITHUB_ACTIONS !== "true") {
    return { protected: true, reason: "a build outside GitHub Actions", outsideActions: true };
  }
  const event = env.GITHUB_EVENT_NAME ?? "";
  const ref = env.GITHUB_REF ?? "";
  if (!REF_EVENTS.has(event) || ref.startsWith("refs/pull/")) {
    return { protected: false, reason: `a ${event || "unnamed"} event (${ref || "no ref"})` };
  }
  if (env.GITHUB_REF_PROTECTED === "true") return { protected: true, reason: `protected ref ${ref}` };
  const { defaultBranch } = readGitHubContext(env);
  if (defaultBranch && ref === `refs/heads/${defaultBranch}`) {
    return { protected: true, reason: `the default branch ${ref}` };
  }
  return { protected: false, reason: `unprotected ref ${ref || "(none)"}` };
}
function inputTagPrefix(trust) {
  return trust.protected ? "in-" : "pr-in-";
}

// src/build/plan.ts
function targetReference(options) {
  const reference = parseReference(options.image, "image");
  if (reference.digest) {
    throw new PinshipError(`give a repository to build into, not a digest: ${options.image}`, { field: "image" });
  }
  return reference;
}
async function planBuild(reference, options, docker, credentialsFor, log) {
  const env = options.env ?? process.env;
  const repo = readRepoState(resolve3(options.context), { index: options.gitIndex !== false });
  const engine = readEngineInfo(docker);
  engine.catch(() => void 0);
  const secretSpecs = (options.secrets ?? []).map((s) => parseSecretSpec(s));
  checkPlatform(options.platform);
  const context = await readContext(options, log);
  const dockerfileText = context.dockerfileContent.toString("utf8");
  const bases = resolveBaseImages(baseImages(dockerfileText, options.buildArgs ?? {}), docker, credentialsFor, log);
  const remotes = resolveRemoteSources(remoteSources(dockerfileText, options.buildArgs ?? {}), log);
  bases.catch(() => void 0);
  const git2 = await repo;
  const { commit } = git2;
  const extraTags = [...reference.tag ? [reference.tag] : [], ...options.tags ?? []];
  const tags = commitTags(commit, extraTags, env);
  if (tags.length === 0) tags.push("latest");
  if (!commit) await warnNoCommit(options.context, tags, log);
  const known = await cleanBlobIds(context.dir, git2, walkStats(context), context.excludedAttributes);
  const settings = await engineSettings(options, await engine, secretSpecs, env, log);
  const trust = buildTrust(env);
  const started = Date.now();
  const ids = await contentIds(context, { known });
  const resolved = await bases;
  for (const { image, reason } of resolved.lookupFailures) {
    log.warn(`base image ${image}: its registry could not be asked (${reason}); the engine's copy is used if any`);
  }
  for (const image of resolved.unresolved) {
    log.warn(`base image ${image} is neither in its registry nor in the engine: this build is never skipped`);
  }
  const remote = await withOnBuildSources(await remotes, resolved.onBuild, options, log);
  const inputDigest = inputDigestFor(context, options, settings, { resolved, remote, ids, known, started }, log);
  const { builder } = settings;
  return {
    reference,
    name: reference.name,
    context,
    contentIds: ids,
    tags,
    labels: imageLabels(commit, options.labels ?? {}, env),
    inputDigest,
    inTag: inputDigestTag(inputDigest, inputTagPrefix(trust)),
    trust,
    revision: commit?.sha,
    skippable: resolved.unresolved.length === 0 && remote.unresolved.length === 0,
    ...settings,
    pull: builder === "buildkit" && resolved.allFromRegistry && Object.keys(resolved.digests).length > 0,
    staleBases: resolved.stale
  };
}
function inputDigestFor(context, options, settings, { resolved, remote, ids, known, started }, log) {
  const { builder, platform, secrets } = settings;
  const inputDigest = inputDigestOf(
    context,
    {
      buildArgs: options.buildArgs ?? {},
      // Stage names are case-insensitive: `--target Build` builds what `--target build` does.
      target: options.target?.toLowerCase(),
      platform,
      labels: options.labels ?? {},
      builder: builderInKey(builder, context, options),
      bases: resolved.digests,
      remotes: remote.versions,
      secretIds: [...secrets.keys()]
    },
    ids
  );
  const files = context.entries.filter((e) => e.type === "file").length;
  const fromIndex = known ? context.entries.filter((e) => e.type === "file" && known.has(e.name)).length : 0;
  log.info(
    `input digest ${inputDigest}: ${files} files (${mb(context.bytes)} MB), ${fromIndex} ids from git's index, ${Object.keys(resolved.digests).length} base image(s), ${remoteCount(remote)}${platform}, in ${Date.now() - started} ms`
  );
  return inputDigest;
}
async function warnNoCommit(contextDir, tags, log) {
  const refusal = await ownershipRefusal(contextDir);
  if (refusal) {
    throw new PinshipError(`git refuses the repository of the build context ${contextDir}: ${refusal.message}`, {
      field: "context",
      hint: `if you trust it, run: git config --global --add safe.directory ${refusal.path}`
    });
  }
  log.warn(
    `${contextDir} is not in a git work tree: no revision labels and no sha- or branch tag; tagged ${tags.join(", ")}${tags.join() === "latest" ? " (give --tag, or the tags input, to name it)" : ""}`
  );
}
async function engineSettings(options, info, secretSpecs, env, log) {
  const builder = chooseBuilder(options.builder, info, log);
  if (builder === "classic" && secretSpecs.length) {
    throw new PinshipError("build secrets need BuildKit; the classic builder cannot mount them", { field: "secrets" });
  }
  return {
    builder,
    network: chooseNetwork(options.network, builder, info, log),
    platform: options.platform || info.platform,
    secrets: await readSecrets(secretSpecs, env, log)
  };
}
function walkStats(context) {
  const stats = /* @__PURE__ */ new Map();
  for (const e of context.entries) if (e.stat) stats.set(e.name, e.stat);
  return stats;
}
async function withOnBuildSources(remote, triggers, options, log) {
  const sources = remoteSources(["FROM scratch", ...triggers].join("\n"), options.buildArgs ?? {});
  if (sources.length === 0) return remote;
  const more = await resolveRemoteSources(sources, log);
  return { versions: { ...remote.versions, ...more.versions }, unresolved: [...remote.unresolved, ...more.unresolved] };
}
function builderInKey(builder, context, options) {
  const keepsReadOnly = builder === "buildkit" && context.readOnlyEntries.length > 0;
  return keepsReadOnly && contextTransfer(options) === "tar" ? "buildkit, tar upload" : builder;
}
function remoteCount(remote) {
  const count = Object.keys(remote.versions).length;
  return count ? `${count} remote source(s), ` : "";
}

// src/docker/push-failure.ts
var PushFailure = class _PushFailure extends Error {
  constructor(transient, refused, message) {
    super(message);
    this.transient = transient;
    this.refused = refused;
    this.name = "PushFailure";
  }
  transient;
  refused;
  /**
   * From the engine's error message and `errorDetail.code`. Read, after dropping the quoted URLs
   * Go puts in its errors (`Put "https://…/v2/team/reset-svc/manifests/pr-500": EOF`): the HTTP
   * status (the code, or the engine's `received unexpected HTTP status: 503 …`), the registry's
   * error code the message starts with (`toomanyrequests:`, `denied:`, `unauthorized:`), and a
   * connection failure it ends with (Go's `EOF`, `connection reset by peer`, `i/o timeout`...).
   * A phrase with a space cannot be part of an image reference; single words only where anchored.
   */
  static ofEngineMessage(message, code) {
    const text = message.replace(/"(?:[^"\\]|\\.)*"/g, '""').trim();
    const status = code && code >= 100 && code < 600 ? code : Number(STATUS.exec(text)?.[1] ?? 0) || void 0;
    const registryCode = REGISTRY_CODE.exec(text)?.[1];
    const refused = status === 401 || status === 403 || registryCode === "unauthorized" || registryCode === "denied" || REFUSED.test(text);
    const transient = !refused && (status !== void 0 && (status === 429 || status >= 500) || registryCode === "toomanyrequests" || CONNECTION.test(text));
    return new _PushFailure(transient, refused, message);
  }
  /** From a failed request to the engine itself: transient only for a reset or timed out connection. */
  static ofRequest(err) {
    return new _PushFailure(isTransient(err), false, err instanceof Error ? err.message : String(err));
  }
};
var STATUS = /received unexpected HTTP status: (\d{3})\b/;
var REGISTRY_CODE = /^([a-z]+): /;
var REFUSED = /authentication required|requested access to the resource is denied/;
var CONNECTION = /(?:: EOF|: unexpected EOF|connection reset by peer|: broken pipe|i\/o timeout|TLS handshake timeout)$/;

// src/docker/image-push.ts
var PUSH_ATTEMPTS = 3;
var PUSH_BACKOFF_MS = 1e3;
async function pushThroughEngine(docker, name, tag, auth, log) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pushOnce(docker, name, tag, auth, log);
    } catch (err) {
      if (attempt >= PUSH_ATTEMPTS || !isTransientPushFailure(err)) throw err;
      const delay = PUSH_BACKOFF_MS * 2 ** (attempt - 1);
      log.warn(
        `${describeError(err)}; pushing again in ${delay / 1e3} s (attempt ${attempt + 1} of ${PUSH_ATTEMPTS})`
      );
      await new Promise((resolve4) => setTimeout(resolve4, delay));
    }
  }
}
function isTransientPushFailure(err) {
  const cause = err instanceof PinshipError ? err.cause : void 0;
  return cause instanceof PushFailure && cause.transient;
}
async function pushOnce(docker, name, tag, auth, log) {
  const ref = `${name}:${tag}`;
  let stream;
  try {
    stream = await docker.getImage(ref).push({ tag, ...auth ? { authconfig: auth } : {} });
  } catch (err) {
    const message = err.json?.message ?? describeError(err);
    throw new PinshipError(`pushing ${ref}: ${message}`, { cause: PushFailure.ofRequest(err) });
  }
  const layers = /* @__PURE__ */ new Map();
  let digest;
  let failure;
  let lastShown = 0;
  await readJsonMessages(stream, (m) => {
    if (m.aux?.Digest) digest = m.aux.Digest;
    if (m.error || m.errorDetail)
      failure = { message: m.errorDetail?.message ?? m.error ?? "", code: m.errorDetail?.code };
    if (m.id && m.progressDetail?.total) {
      layers.set(m.id, { current: m.progressDetail.current ?? 0, total: m.progressDetail.total });
    } else if (m.id && (m.status === "Pushed" || m.status === "Layer already exists")) {
      const layer = layers.get(m.id);
      if (layer) layer.current = layer.total;
    }
    const now = Date.now();
    if (layers.size && now - lastShown > 500) {
      lastShown = now;
      let current = 0;
      let total = 0;
      for (const l of layers.values()) {
        current += l.current;
        total += l.total;
      }
      if (total > 0) log.progress(`pushing ${ref}: ${mb(current)} / ${mb(total)} MB`);
    }
  }).catch((err) => {
    throw new PinshipError(`push of ${ref} interrupted: ${describeError(err)}`, { cause: PushFailure.ofRequest(err) });
  });
  if (failure) {
    const cause = PushFailure.ofEngineMessage(failure.message, failure.code);
    if (cause.refused) {
      throw new PinshipError(
        `pushing ${ref}: the registry refused the credentials${auth ? ` for user ${auth.username}` : ""}: ` + failure.message,
        { cause }
      );
    }
    throw new PinshipError(`push of ${ref} interrupted: ${failure.message}`, { cause });
  }
  if (!digest) throw new PinshipError(`push of ${ref} interrupted: the engine's push stream ended without a digest`);
  return digest;
}

// src/build/push-built-image.ts
var OWN_PUSH_ATTEMPTS = 5;
async function pushBuiltImage(docker, registry, plan, id, auth, log) {
  const { name, reference } = plan;
  const first = plan.tags[0];
  for (let attempt = 1; ; attempt++) {
    const digest = await log.group(`pushing ${name}:${first}`, () => pushThroughEngine(docker, name, first, auth, log));
    const served = await registry.findManifest(reference.path, digest);
    if (!served) {
      throw new PinshipError(`pushed ${name}:${first} as ${digest} but the registry has no manifest ${digest}`);
    }
    const pushed = pushedImageId(served);
    if (pushed === id || served.digest === id) return served;
    if (attempt >= OWN_PUSH_ATTEMPTS) {
      throw new PinshipError(
        `pushing ${name}:${first}: the engine pushed image ${pushed ?? served.digest}, not the one built (${id}), ${attempt} times`,
        { hint: `another build sharing this engine keeps tagging ${name}:${first}; run them one after another` }
      );
    }
    log.warn(
      `the engine pushed ${name}:${first} as image ${pushed ?? served.digest}, not the one built (${id}): another build moved the local tag; tagging and pushing again`
    );
    await docker.getImage(id).tag({ repo: name, tag: first });
  }
}
function pushedImageId(manifest) {
  try {
    return JSON.parse(manifest.bytes.toString("utf8")).config?.digest;
  } catch {
    return void 0;
  }
}

// src/build/reuse.ts
async function reuseImage(existing, plan, target, log, cacheTo) {
  const { name, tags, inTag, inputDigest } = plan;
  const { digest } = existing;
  const result = { image: name, digest, tags: [...tags, inTag], skipped: true, inputDigest };
  if (existing.where === "registry") {
    log.info(`${name}:${inTag} exists (${digest}): inputs unchanged, adding this build's tags without building`);
    const cacheTag = cacheTo?.tag ? [cacheTo.tag] : [];
    await putTags(target.registry, plan.reference.path, [...tags, ...cacheTag], existing.manifest);
    return { ...result, ref: `${name}@${digest}` };
  }
  log.info(`${name}:${inTag} exists in the engine (${digest}): inputs unchanged, tagging without building`);
  const image = target.docker.getImage(digest);
  for (const tag of tags) await image.tag({ repo: name, tag });
  return { ...result, ref: `${name}:${tags[0]}` };
}
async function putTags(registry, path, tags, manifest) {
  const results = await Promise.allSettled(tags.map((tag) => registry.putManifest(path, tag, manifest)));
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

// src/build/publish.ts
async function publishImage(docker, id, plan, access, log, cacheTo) {
  const { name, tags, inTag, inputDigest, reference } = plan;
  const { registry } = access;
  const auth = engineAuth(access.credentials, reference.registry);
  const served = await pushBuiltImage(docker, registry, plan, id, auth, log);
  const { digest } = served;
  try {
    await putTags(registry, reference.path, [...tags.slice(1), ...cacheTo?.tag ? [cacheTo.tag] : []], served);
    await registry.putManifest(reference.path, inTag, served);
  } catch (err) {
    throw wrapError(`tagging ${name}@${digest}`, err);
  }
  log.info(`pushed ${name}@${digest}`);
  return { image: name, digest, ref: `${name}@${digest}`, tags: [...tags, inTag], skipped: false, inputDigest };
}
async function keepInEngine(docker, id, plan) {
  const { name, tags, inTag, inputDigest } = plan;
  const image = docker.getImage(id);
  for (const tag of [...tags, inTag]) await image.tag({ repo: name, tag });
  return { image: name, digest: id, ref: `${name}:${tags[0]}`, tags: [...tags, inTag], skipped: false, inputDigest };
}

// src/provenance/branch-pin.ts
async function branchPinOf(dir, digest, tips) {
  const files = /* @__PURE__ */ new Set();
  for (const { message } of await commitsWithMessageContaining(dir, tips, digest)) {
    for (const pin of pinTrailers(message)) if (pin.digest === digest) files.add(pin.file);
  }
  if (files.size === 0) return void 0;
  return (await firstParentChangesOf(dir, tips, digest, [...files]))[0];
}

// src/registry/image-config.ts
async function readImageLabels(registry, repository, manifest, platform) {
  const image = await platformManifest(registry, repository, manifest, platform);
  const digest = image.config?.digest;
  if (!digest) throw new PinshipError(`${repository}@${manifest.digest}: the manifest names no config blob`);
  const config = JSON.parse((await registry.getBlob(repository, digest)).toString("utf8"));
  return config.config?.Labels ?? {};
}
async function platformManifest(registry, repository, manifest, platform) {
  const json = JSON.parse(manifest.bytes.toString("utf8"));
  if (!json.manifests) return json;
  const [os, architecture, variant] = platform.split("/");
  const entry = json.manifests.find(
    (m) => m.platform?.os === os && m.platform?.architecture === architecture && (!variant || m.platform?.variant === variant)
  );
  if (!entry) throw new PinshipError(`${repository}@${manifest.digest}: the index has no image for ${platform}`);
  const found = await registry.findManifest(repository, entry.digest);
  if (!found) throw new PinshipError(`${repository}@${entry.digest}: the index names a manifest the registry lacks`);
  return JSON.parse(found.bytes.toString("utf8"));
}

// src/build/reuse-check.ts
var REVISION_LABEL = "org.opencontainers.image.revision";
async function reuseVerdict(existing, plan, target, tips = ["HEAD"]) {
  if (!plan.trust.protected) return { reuse: true };
  const head = plan.revision;
  if (!head) {
    if (plan.trust.outsideActions) return { reuse: true };
    const why = `${plan.context.dir} is in no Git work tree: nothing to check the image against`;
    return { reuse: false, why, cause: "history" };
  }
  const pinned = plan.trust.outsideActions ? void 0 : pinOnBranch(existing, plan, tips);
  pinned?.catch(() => void 0);
  const where = `${plan.name}:${plan.inTag} (${existing.digest})`;
  const revision = (await imageLabels2(existing, plan, target))[REVISION_LABEL];
  if (!revision) return { reuse: false, why: `${where} has no ${REVISION_LABEL} label`, cause: "label" };
  const ancestor = await isFirstParentAncestor(plan.context.dir, revision, head);
  if (ancestor === void 0) {
    const why = `${where} was built from ${revision}, which this clone does not have (shallow?)`;
    return { reuse: false, why, cause: "history" };
  }
  if (!ancestor) {
    const why = `${where} was built from ${revision}, which is not an earlier commit of this branch`;
    return { reuse: false, why: `${why} (first parents of ${head})`, cause: "label" };
  }
  if (!pinned) return { reuse: true };
  const pinnedBy = await pinned;
  if (pinnedBy) return { reuse: true, pinnedBy };
  return {
    reuse: false,
    why: unpinnedWhy(existing, where, revision, [head.slice(0, 12), ...tips.slice(1)]),
    cause: "unpinned"
  };
}
function unpinnedWhy(existing, where, revision, history) {
  if (existing.where === "engine") {
    return `${where} is an image of this engine, with no registry digest a pin of this branch could name`;
  }
  return `${where} was never pinned on this branch: no first-parent commit of ${history.join(" or ")} wrote ${existing.digest} into a file a Pinship-Pin trailer names (its revision label, ${revision.slice(0, 12)}, anyone who can push to the registry can write)`;
}
async function reusableImage(existing, plan, target, log) {
  const verdict = await reuseVerdict(existing, plan, target);
  if (verdict.reuse) {
    if (verdict.pinnedBy) log.info(`${existing.digest} was pinned on this branch by ${verdict.pinnedBy.slice(0, 12)}`);
    return existing;
  }
  const line = `${verdict.why}: not reusing it (${plan.trust.reason}), building`;
  if (verdict.cause === "history") {
    log.info(`${line}; fetch the history (actions/checkout fetch-depth: 0) to let unchanged builds skip`);
  } else if (verdict.cause === "unpinned") {
    log.warn(
      `${line}; an image is reused once a commit of this branch pinned it (the pin step's), and pins kept in another repository cannot vouch for it (README: "Pull requests cannot poison")`
    );
  } else log.warn(line);
  return void 0;
}
async function pinOnBranch(existing, plan, tips) {
  if (existing.where === "engine") return void 0;
  return branchPinOf(plan.context.dir, existing.digest, tips);
}
async function imageLabels2(existing, plan, target) {
  if (existing.where === "registry") {
    return readImageLabels(target.registry, plan.reference.path, existing.manifest, plan.platform);
  }
  const info = await target.docker.getImage(existing.digest).inspect();
  return info.Config?.Labels ?? {};
}

// src/build/build-image.ts
async function buildImage(options, deps) {
  const { docker, log } = deps;
  const reference = targetReference(options);
  const credentialsFor = credentialSource(reference, options);
  const cacheTo = cacheTarget(options.cacheTo, reference);
  const access = options.push ? checkAccess(reference, credentialsFor, log) : void 0;
  access?.catch(() => void 0);
  const plan = await planBuild(reference, options, docker, credentialsFor, log);
  const loginFor = sessionLogins(credentialsFor, log);
  if (!options.push) {
    const found2 = plan.skippable ? await lookupInEngine(docker, plan) : void 0;
    const existing2 = found2 && await reusableImage(found2, plan, { docker }, log);
    if (existing2) return reuseImage(existing2, plan, { docker }, log);
    const cacheFrom2 = await cacheSources(plan, options, false, credentialsFor, log);
    await refreshStaleBases(docker, plan.staleBases, pullOptions(reference, options, log));
    const { buildInEngine: buildInEngine2 } = await import("./build-in-engine-7H2MTB7T.js");
    const id2 = await buildInEngine2(docker, plan, options, { cacheFrom: cacheFrom2, inlineCache: false, loginFor }, log);
    return keepInEngine(docker, id2, plan);
  }
  const registryAccess = await access;
  const found = plan.skippable ? await lookupInRegistry(registryAccess.registry, plan) : void 0;
  const existing = found && await reusableImage(found, plan, { docker, registry: registryAccess.registry }, log);
  if (existing) return reuseImage(existing, plan, { docker, registry: registryAccess.registry }, log, cacheTo);
  const cacheFrom = await cacheSources(plan, options, true, credentialsFor, log);
  await refreshStaleBases(docker, plan.staleBases, pullOptions(reference, options, log));
  const inputs = { cacheFrom, inlineCache: plan.builder === "buildkit", loginFor };
  const { buildInEngine } = await import("./build-in-engine-7H2MTB7T.js");
  const id = await buildInEngine(docker, plan, options, inputs, log);
  return publishImage(docker, id, plan, registryAccess, log, cacheTo);
}
async function cacheSources(plan, options, pushing, credentialsFor, log) {
  if (plan.builder !== "buildkit") {
    if (options.cacheFrom?.length)
      log.warn("cache-from is used with BuildKit only: the classic builder builds without it");
    return [];
  }
  const given = (options.cacheFrom ?? []).map((c) => {
    const ref = cacheReference(c, plan.reference, "cache-from");
    return `${ref.name}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
  });
  if (given.length) return usableCacheSources(given, true, credentialsFor, log);
  if (!pushing) return [];
  const defaultBranch = await remoteDefaultBranch(plan.context.dir);
  const defaults = defaultCacheSources(plan.reference, plan.tags, defaultBranch, options.env ?? process.env);
  return usableCacheSources(defaults, false, credentialsFor, log);
}
function credentialSource(reference, options) {
  const env = options.env ?? process.env;
  const cache = /* @__PURE__ */ new Map();
  return (registry) => {
    let found = cache.get(registry);
    if (!found) {
      const given = registry === reference.registry ? { username: options.username, password: options.password } : {};
      found = resolveCredentials(registry, { ...given, env });
      cache.set(registry, found);
    }
    return found;
  };
}
function pullOptions(reference, options, log) {
  return (registry) => ({
    env: options.env,
    log,
    ...registry === reference.registry ? { username: options.username, password: options.password } : {}
  });
}
function sessionLogins(credentialsFor, log) {
  return async (host) => {
    const registry = host === "registry-1.docker.io" || host === "index.docker.io" ? "docker.io" : host;
    const credentials = await credentialsFor(registry).catch(() => void 0);
    if (!credentials) return void 0;
    log.addSecret(credentials.password);
    return { username: credentials.username, password: credentials.password };
  };
}
async function checkAccess(reference, credentialsFor, log) {
  const credentials = await credentialsFor(reference.registry);
  const registry = new RegistryClient(reference.registry, { credentials, log });
  await registry.ping(reference.path);
  return { credentials, registry };
}

export {
  inputDigestTag,
  lookupInRegistry,
  targetReference,
  planBuild,
  reuseVerdict,
  buildImage,
  credentialSource
};
