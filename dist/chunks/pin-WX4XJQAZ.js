import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  isNonFastForward,
  isRefUpdateRace,
  pushCommit,
  pushWithRetries
} from "./chunk-3STPPBFV.js";
import {
  editKustomization,
  hasJobRollPatch,
  parseKustomization,
  readImages
} from "./chunk-H2VK5AYM.js";
import {
  kustomizeBuild,
  overlayMissing
} from "./chunk-ENTH7TMH.js";
import {
  writeFileAtomic
} from "./chunk-YZGLF4LN.js";
import {
  RegistryClient
} from "./chunk-PQCI3ACI.js";
import {
  resolveCredentials
} from "./chunk-V7L7ANJB.js";
import {
  require_dist
} from "./chunk-ER27BKIH.js";
import {
  commitMessage,
  pullRequestBranch,
  pullRequestText
} from "./chunk-IEVNMBNJ.js";
import {
  PIN_TRAILER,
  SOURCE_TRAILER,
  pinTrailers,
  sourceTrailer
} from "./chunk-CDRSM3XE.js";
import {
  commitMessages
} from "./chunk-WWE2H5DM.js";
import {
  addTempWorktree
} from "./chunk-GKVHMDQR.js";
import {
  formatReference
} from "./chunk-6U5DZSTP.js";
import {
  aheadBehind,
  branchTip,
  commitFiles,
  currentBranch,
  dirtyFiles,
  fastForward,
  fetchBranch,
  fetchBranchIfExists,
  fileAt,
  hasCommit,
  hasUncommittedChanges,
  isAncestor,
  isMissingRemoteBranch,
  isShallow,
  sameTree,
  workTreeRoot
} from "./chunk-QBC5PCZI.js";
import {
  git
} from "./chunk-7MXVX47H.js";
import "./chunk-XFI7XXBZ.js";
import {
  PinshipError,
  describeError,
  wrapError
} from "./chunk-SI2EDPFI.js";
import {
  __toESM
} from "./chunk-XDLBQ6T7.js";

// src/pin/pin.ts
import { statSync as statSync3 } from "node:fs";

// src/pin/plan.ts
import { readFile } from "node:fs/promises";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var FILE_HEADERS_ONLY = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/log/silent-logger.ts
var silentLogger = {
  info: () => {
  },
  warn: () => {
  },
  debug: () => {
  },
  group: (_name, fn) => fn(),
  progress: () => {
  },
  addSecret: () => {
  }
};

// src/pin/image-use.ts
function imageMatches(image, name) {
  if (!image.startsWith(name)) return false;
  return /^(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z][a-zA-Z0-9]*:[a-zA-Z0-9_.{}-]*)?$/.test(image.slice(name.length));
}
function imageName(image) {
  const slash = Math.max(image.indexOf("/"), 0);
  const rest = image.slice(slash);
  const cut = [rest.indexOf("@"), rest.indexOf(":")].filter((i) => i >= 0);
  return cut.length ? image.slice(0, slash + Math.min(...cut)) : image;
}
function unusedImageWarnings(overlay, added, built, log, spellings = /* @__PURE__ */ new Map()) {
  if (added.length === 0) return [];
  if ("error" in built) {
    log.debug(
      `${overlay.dir}: not checking whether ${added.join(", ")} ${added.length > 1 ? "are" : "is"} used: ${built.error}`
    );
    return [];
  }
  const { images } = built.build;
  const used = [...new Set(images.map((image) => spelledAs(imageName(image), spellings)))].sort();
  return added.filter((name) => !images.some((image) => imageMatches(image, name))).map(
    (name) => `${overlay.dir}: no workload uses image ${JSON.stringify(name)} (${used.length ? `images used: ${used.join(", ")}` : "its build uses no image"}); the entry was added anyway`
  );
}
function spelledAs(name, spellings) {
  let spelled = name;
  for (let step = 0; step < spellings.size && spellings.has(spelled); step++) spelled = spellings.get(spelled);
  return spelled;
}

// src/pin/job-roll.ts
function decideJobRoll(overlayDir, built, names) {
  if ("error" in built) {
    return {
      roll: false,
      warning: `${overlayDir}: cannot tell whether a Job uses the pinned image (${built.error}), so no Job-roll patch was added; pin where kubectl runs, or add the patch by hand if a Job uses it (docs/pin.md)`
    };
  }
  return { roll: built.build.jobImages.some((image) => names.some((name) => imageMatches(image, name))) };
}

// src/pin/overlay-build.ts
var import_yaml = __toESM(require_dist(), 1);
import { join } from "node:path";
async function buildOverlay(repo, overlay) {
  let stream;
  try {
    stream = await kustomizeBuild(join(repo, overlay.dir));
  } catch (err) {
    return { error: describeError(err) };
  }
  if (stream === void 0) return { error: "kubectl not found" };
  const images = [];
  const jobImages = [];
  for (const doc of (0, import_yaml.parseAllDocuments)(stream)) {
    const resource = doc.toJS();
    collectImages(resource, images);
    if (resource?.kind === "Job") jobImages.push(...podImages(resource));
  }
  return { build: { images, jobImages } };
}
function collectImages(node, found) {
  if (Array.isArray(node)) for (const item of node) collectImages(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "image" && typeof value === "string") found.push(value);
      else collectImages(value, found);
    }
  }
}
function podImages(job) {
  const pod = job.spec?.template?.spec;
  const containers = [pod?.initContainers, pod?.containers].flatMap((list) => Array.isArray(list) ? list : []);
  return containers.map((c) => c?.image).filter((image) => typeof image === "string");
}

// src/pin/overlay.ts
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, join as join2, relative, resolve, sep } from "node:path";
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isInside(root, child) {
  const rel = relative(root, child);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function resolveOverlay(repoRoot, dir) {
  const root = realpathSync(repoRoot);
  const wanted = resolve(root, dir);
  const field = "overlay";
  if (!isInside(root, wanted)) {
    throw new PinshipError(`overlay ${JSON.stringify(dir)} is outside the repository ${root}`, {
      field,
      hint: "overlays are given relative to --repo"
    });
  }
  let real;
  try {
    real = realpathSync(wanted);
  } catch {
    throw overlayMissing(dir);
  }
  if (!isInside(root, real)) {
    throw new PinshipError(
      `overlay ${JSON.stringify(dir)} leads outside the repository through a symlink (to ${real})`,
      { field }
    );
  }
  if (!statSync(real).isDirectory())
    throw new PinshipError(`overlay ${JSON.stringify(dir)} is not a directory`, { field });
  const found = KUSTOMIZATION_NAMES.filter((name) => {
    try {
      return statSync(join2(real, name)).isFile();
    } catch {
      return false;
    }
  });
  const relDir = relative(root, real).split(sep).join("/") || ".";
  if (found.length === 0) {
    throw new PinshipError(`no kustomization in overlay ${relDir}`, {
      field,
      hint: `expected one of ${KUSTOMIZATION_NAMES.join(", ")}`
    });
  }
  if (found.length > 1) {
    throw new PinshipError(`overlay ${relDir} has ${found.join(" and ")}; kustomize refuses more than one`, { field });
  }
  const filePath = realpathSync(join2(real, found[0]));
  if (!isInside(root, filePath)) {
    throw new PinshipError(`${relDir}/${found[0]} is a symlink leading outside the repository (to ${filePath})`, {
      field
    });
  }
  const file = relative(root, filePath).split(sep).join("/");
  return { dir: relDir, file, path: filePath };
}

// src/pin/plan.ts
async function planPins(options) {
  const overlays = dedupe(options.overlays.map((dir) => resolveOverlay(options.repo, dir)));
  const kept = [];
  const edits = [];
  for (const overlay of overlays) {
    const edit = await editOverlay(overlay, options, kept);
    if (edit) edits.push(edit);
  }
  const builds = await mapLimit(edits, BUILDS_AT_ONCE, (e) => {
    if (e.added.length === 0 && !e.wantsJobRoll) return Promise.resolve(void 0);
    if (e.component) return Promise.resolve({ error: "a kustomize Component has no build of its own" });
    return buildOverlay(options.repo, e.overlay);
  });
  const log = options.log ?? silentLogger;
  const files = [];
  const warnings = [];
  for (const [i, edit] of edits.entries()) {
    const built = builds[i];
    let after = edit.after;
    if (built) {
      warnings.push(...unusedImageWarnings(edit.overlay, edit.added, built, log, edit.spellings));
      const decision = edit.wantsJobRoll ? decideJobRoll(edit.overlay.dir, built, edit.buildNames) : { roll: false };
      if (decision.warning) warnings.push(decision.warning);
      if (decision.roll) after = editKustomization(edit.before, edit.overlay.file, edit.pins, { rollJobs: true }).text;
    }
    files.push({ overlay: edit.overlay, before: edit.before, after, images: edit.images });
  }
  return { files, kept, warnings };
}
var BUILDS_AT_ONCE = 4;
async function editOverlay(overlay, options, kept) {
  let before;
  try {
    before = await readFile(overlay.path, "utf8");
  } catch (err) {
    throw wrapError(`reading ${overlay.file}`, err, { file: overlay.file });
  }
  let pins = options.images;
  if (options.keep) {
    const current = new Map(readImages(parseKustomization(before, overlay.file)).map((e) => [e?.name, e]));
    pins = pins.filter((pin2) => {
      const reason = options.keep(overlay.file, pin2, current.get(pin2.name)?.digest);
      if (reason) kept.push({ file: overlay.file, name: pin2.name, reason });
      return !reason;
    });
  }
  if (pins.length === 0) return void 0;
  const { text, images, original: doc } = editKustomization(before, overlay.file, pins, { rollJobs: false });
  if (images.length === 0) return void 0;
  const entries = new Map(readImages(doc).map((e) => [e?.name, e]));
  const buildNames = pins.flatMap((pin2) => [pin2.name, entries.get(pin2.name)?.newName ?? pin2.name]);
  return {
    overlay,
    pins,
    before,
    after: text,
    images,
    added: images.filter((i) => i.old === null).map((i) => i.name),
    wantsJobRoll: options.rollJobs && !hasJobRollPatch(doc),
    buildNames: [...new Set(buildNames)],
    spellings: new Map(
      [...entries.values()].reverse().flatMap((e) => e?.newName && e.name ? [[e.newName, e.name]] : [])
    ),
    component: doc.toJS()?.kind === "Component"
  };
}
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
async function writePlan(plan) {
  const written = [];
  for (const f of plan.files) {
    try {
      await writeFileAtomic(f.overlay.path, f.after);
      written.push(f);
    } catch (err) {
      for (const w of written.reverse()) await writeFileAtomic(w.overlay.path, w.before).catch(() => void 0);
      throw wrapError("writing the pin", err, { file: f.overlay.file });
    }
  }
}
function planDiff(plan) {
  return plan.files.map(
    (f) => createTwoFilesPatch(`a/${f.overlay.file}`, `b/${f.overlay.file}`, f.before, f.after, void 0, void 0, {
      context: 3,
      headerOptions: FILE_HEADERS_ONLY
    })
  ).join("");
}
function dedupe(overlays) {
  const seen = /* @__PURE__ */ new Set();
  return overlays.filter((o) => !seen.has(o.file) && Boolean(seen.add(o.file)));
}

// src/pin/site.ts
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// src/pin/provenance.ts
import { resolve as resolve2 } from "node:path";
async function readPinRecords(repo, files, rev = "HEAD") {
  const records = /* @__PURE__ */ new Map();
  if (files.length === 0) return records;
  for (const message of await commitMessages(repo, rev, files, `^${SOURCE_TRAILER}: `)) {
    const source = sourceTrailer(message);
    if (!source) continue;
    for (const pin2 of pinTrailers(message)) {
      const key = recordKey(pin2.file, pin2.image);
      if (!records.has(key)) records.set(key, { source, digest: pin2.digest });
    }
  }
  return records;
}
function recordKey(file, image) {
  return `${file}\0${image}`;
}
async function keepNewerPins(options) {
  const { records, sourceRepo, sourceCommit, log } = options;
  const newer = /* @__PURE__ */ new Map();
  for (const { source } of records.values()) {
    if (newer.has(source) || sameCommit(source, sourceCommit)) continue;
    newer.set(source, await isAncestor(sourceRepo, sourceCommit, source));
  }
  const why = await cannotTellWhy(
    sourceRepo,
    options.sourceRepoGiven ?? false,
    sourceCommit,
    [...newer].filter(([, v]) => v === void 0).map(([s]) => s)
  );
  return (file, pin2, currentDigest) => {
    const record = records.get(recordKey(file, pin2.name));
    if (!record || record.digest !== currentDigest || sameCommit(record.source, sourceCommit)) return void 0;
    const verdict = newer.get(record.source);
    if (verdict === void 0) {
      log.warn(
        `${file}: ${pin2.name} was pinned from ${record.source}; cannot tell whether that is newer than ${sourceCommit}: ${why(record.source)}; pinning anyway`
      );
      return void 0;
    }
    return verdict ? `pinned from ${record.source.slice(0, 12)}, which descends from ${sourceCommit.slice(0, 12)}` : void 0;
  };
}
async function cannotTellWhy(sourceRepo, given, ours, recorded) {
  if (recorded.length === 0) return () => "";
  const present = /* @__PURE__ */ new Map();
  for (const c of [ours, ...recorded]) present.set(c, await hasCommit(sourceRepo, c));
  const shallow = await isShallow(sourceRepo);
  const where = `${resolve2(sourceRepo)}${given ? "" : " (the overlay repository)"}`;
  const otherRepo = "if the images are built from another repository, pass --source-repo DIR (action input source-repo) with a full clone of it";
  const hint = shallow ? `it is a shallow clone: fetch its full history (git fetch --unshallow; actions/checkout fetch-depth: 0)${given ? "" : `, or ${otherRepo}`}` : given ? "check that --source-repo (action input source-repo) is a full clone of the repository the images are built from" : `${otherRepo}; if they are built here, fetch full history`;
  return (source) => {
    const missing = [source, ours].filter((c) => !present.get(c));
    const what = missing.length ? missing.join(" and ") : "a commit";
    return `${what} ${missing.length > 1 ? "are" : "is"} not in ${where}; ${hint}`;
  };
}
async function newerPinsAt(options) {
  const records = await readPinRecords(options.repo, options.files, options.rev);
  if (records.size === 0) return [];
  const keep = await keepNewerPins({ ...options, records });
  const kept = [];
  for (const file of options.files) {
    const text = await fileAt(options.repo, options.rev, file);
    if (text === void 0) continue;
    const entries = readImages(parseKustomization(text, file));
    for (const pin2 of options.images) {
      const reason = keep(file, pin2, entries.find((e) => e?.name === pin2.name)?.digest);
      if (reason) kept.push({ file, name: pin2.name, reason });
    }
  }
  return kept;
}
function sameCommit(a, b) {
  return a.startsWith(b) || b.startsWith(a);
}

// src/pin/site.ts
async function locate(options) {
  const found = options.repo === void 0 ? await repositoryOfOverlays(options.overlays) : { repo: options.repo, overlays: options.overlays, top: void 0 };
  const { repo, overlays: given } = found;
  const committing = options.commit || options.push || options.pullRequest;
  const top = committing || options.sourceCommit ? found.top ?? await workTreeRoot(repo) : void 0;
  if (committing && !top) {
    throw new PinshipError(`${repo} is not inside a Git work tree`, {
      field: "repo",
      hint: "committing needs a clone"
    });
  }
  const overlays = top ? given.map((o) => toTopLevel(top, repo, o)) : given;
  const planIn = async (root) => {
    const keep = options.sourceCommit && top ? await keepDecision(root, overlays, options, repo) : void 0;
    return planPins({
      repo: root,
      overlays,
      images: options.images,
      rollJobs: options.rollJobs ?? true,
      keep,
      log: options.log
    });
  };
  const check = {
    newerPins: async (root, rev) => {
      if (!options.sourceCommit) return [];
      const files = overlays.map((o) => resolveOverlay(root, o).file);
      return newerPinsAt({
        repo: root,
        rev,
        files,
        images: options.images,
        ...provenanceSource(options, repo),
        log: options.log
      });
    }
  };
  return { repo, top, overlays, planIn, check };
}
async function repositoryOfOverlays(overlays) {
  const cwd = process.cwd();
  const first = overlays[0] === void 0 ? void 0 : resolve3(cwd, overlays[0]);
  const top = first && statSync2(first, { throwIfNoEntry: false })?.isDirectory() ? await workTreeRoot(first) : void 0;
  if (!top) return { repo: ".", overlays, top: void 0 };
  return { repo: top, overlays: overlays.map((o) => resolve3(cwd, o)), top };
}
async function keepDecision(root, overlays, options, repo) {
  const files = overlays.map((o) => resolveOverlay(root, o).file);
  const records = await readPinRecords(root, files);
  return keepNewerPins({ records, ...provenanceSource(options, repo), log: options.log });
}
function provenanceSource(options, repo) {
  return {
    sourceRepo: options.sourceRepo ?? repo,
    sourceRepoGiven: options.sourceRepo !== void 0,
    sourceCommit: options.sourceCommit
  };
}
function toTopLevel(top, repo, overlay) {
  const abs = resolve3(realpathSync2(repo), overlay);
  const rel = relative2(realpathSync2(top), abs);
  if (rel === ".." || rel.startsWith(`..${sep2}`) || isAbsolute2(rel)) {
    throw new PinshipError(`overlay ${JSON.stringify(overlay)} is outside the repository ${top}`, { field: "overlay" });
  }
  return rel.split(sep2).join("/") || ".";
}

// src/pin/verify-digests.ts
var SKIP_HINT = "to pin without asking the registry (offline), pass --no-verify-digest (action: verify-digest: false)";
async function verifyDigests(pins, log, env = process.env) {
  const clients = /* @__PURE__ */ new Map();
  for (const pin2 of pins) {
    const { registry, path, digest } = pin2.ref;
    const ref = formatReference(pin2.ref);
    let client = clients.get(registry);
    let found;
    try {
      if (!client) {
        const credentials = await resolveCredentials(registry, { env });
        client = new RegistryClient(registry, { credentials, log, credentialsHint: "run docker login for it" });
        clients.set(registry, client);
      }
      found = await client.hasManifest(path, digest);
    } catch (err) {
      throw wrapError(`checking that ${ref} exists`, err, { hint: SKIP_HINT });
    }
    if (!found) {
      throw new PinshipError(`${pin2.name}: ${ref} is not in registry ${registry} (no manifest with that digest)`, {
        hint: `push it first (pinship build --push prints the digest) or correct the digest; ${SKIP_HINT}`
      });
    }
    log.debug(`${ref}: the registry holds it`);
  }
}

// src/git/commit-list.ts
async function listCommits(dir, rev, notRev) {
  const out = await git(dir, ["log", "--format=%H%x00%an%x00%ae%x00%B%x00", rev, `^${notRev}`, "--"]);
  const fields = out.split("\0");
  const commits2 = [];
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const [sha, authorName, authorEmail, message] = fields.slice(i, i + 4);
    commits2.push({ sha: sha.trim(), authorName, authorEmail, message });
  }
  return commits2;
}

// src/github/pull-request.ts
function isPullRequestExists(err) {
  const e = err;
  if (e?.status !== 422) return false;
  const data = e.response?.data;
  return Boolean(
    data?.errors?.some((x) => /A pull request already exists/i.test(x.message ?? "")) || /already exists/i.test(data?.message ?? "")
  );
}
async function openOrUpdatePullRequest(client, spec) {
  const { owner, repo, head, base, title, body } = spec;
  try {
    const { data } = await client.rest.pulls.create({ owner, repo, head, base, title, body });
    return { action: "created", number: data.number, url: data.html_url };
  } catch (err) {
    if (!isPullRequestExists(err)) throw wrapError(`opening a pull request from ${head} into ${base}`, err);
  }
  const { data: open } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${head}`, base, state: "open" });
  const existing = open[0];
  if (!existing)
    throw new PinshipError(`GitHub says a pull request from ${head} exists, but none is open`, {
      field: "pull-request"
    });
  try {
    const { data } = await client.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body });
    return { action: "updated", number: data.number, url: data.html_url };
  } catch (err) {
    throw wrapError(`updating pull request #${existing.number}`, err);
  }
}

// src/pin/local-branch.ts
var commits = (n) => `${n} commit${n === 1 ? "" : "s"}`;
async function settleLocalBranch(options) {
  const { top, remote, branch, pushed, log } = options;
  const upstream = `${remote}/${branch}`;
  try {
    const local = await branchTip(top, branch);
    if (!local || local === pushed) return;
    const { ahead, behind } = await aheadBehind(top, local, pushed);
    if (ahead > 0) {
      log.info(
        `local ${branch} is ${commits(ahead)} ahead and ${behind} behind ${upstream}: the pin is on ${upstream}, not in your branch; run \`git pull --rebase\` before pushing from here`
      );
      return;
    }
    const checkedOut = await currentBranch(top) === branch;
    const dirty = checkedOut && await hasUncommittedChanges(top);
    if (checkedOut && !dirty) {
      await fastForward(top, pushed);
      log.info(`fast-forwarded local ${branch} to the pin (${commits(behind)})`);
      return;
    }
    const how = dirty ? ["it has uncommitted changes", "git pull --ff-only"] : ["it is not checked out here", `git fetch ${remote} ${branch}:${branch}`];
    log.info(
      `local ${branch} is ${commits(behind)} behind ${upstream} and was not fast-forwarded (${how[0]}): run \`${how[1]}\` to bring in the pin`
    );
  } catch (err) {
    log.warn(`pushed, but the local ${branch} could not be brought along: ${describeError(err)}`);
  }
}

// src/pin/write-back.ts
async function pushWithRetry(options) {
  const { top, remote, branch, log } = options;
  let tree;
  try {
    const pushed = await pushWithRetries({
      dir: top,
      remote,
      branch,
      maxAttempts: options.maxAttempts,
      log,
      fetchTip: () => fetchTip(top, remote, branch),
      commitOn: async (tip) => {
        if (tree) await tree.reset(tip);
        else tree = await addTempWorktree(top, tip);
        const plan = await options.planIn(tree.path);
        if (plan.files.length === 0) return { value: plan };
        await writePlan(plan);
        const files = plan.files.map((f) => f.overlay.file);
        const message = commitMessage(plan.files, options.images, options.sourceCommit);
        return { value: plan, commit: await commitFiles(tree.path, files, message, options.author) };
      }
    });
    if (pushed.commit) await settleLocalBranch({ top, remote, branch, pushed: pushed.commit, log });
    return { plan: pushed.value, commit: pushed.commit, attempts: pushed.attempts };
  } finally {
    await tree?.remove();
  }
}
async function fetchTip(top, remote, branch) {
  try {
    return await fetchBranch(top, remote, branch);
  } catch (err) {
    const hint = isMissingRemoteBranch(err) ? `${remote} has no branch ${branch}: push it first, or name an existing one with --branch` : void 0;
    throw wrapError(`fetching ${branch} from ${remote}`, err, { field: "branch", hint });
  }
}
async function openPullRequestWithPin(options) {
  const { top, remote, base, log } = options;
  const branch = pullRequestHead(options.head ?? pullRequestBranch(options.images, options.overlays), base);
  const tip = await fetchTip(top, remote, base);
  const tree = await addTempWorktree(top, tip);
  try {
    const plan = await options.planIn(tree.path);
    if (plan.files.length === 0) return { plan, action: "not-updated", kept: plan.kept };
    const current = await fetchBranchIfExists(top, remote, branch).catch((err) => {
      throw wrapError(`fetching ${branch} from ${remote}`, err);
    });
    if (current) await refuseForeignCommits(top, branch, current, tip, options.author);
    const newer = current ? await options.check.newerPins(tree.path, current) : [];
    if (newer.length) {
      for (const k of newer) log.info(`${branch}: ${k.file}: ${k.name} left as is: ${k.reason}`);
      return { plan, action: "newer-pin-kept", kept: [...plan.kept, ...newer], branch };
    }
    await writePlan(plan);
    const files = plan.files.map((f) => f.overlay.file);
    const message = commitMessage(plan.files, options.images, options.sourceCommit);
    const sha = await commitFiles(tree.path, files, message, options.author);
    const holdsIt = current !== void 0 && await sameTree(tree.path, current, sha);
    if (!holdsIt) await pushPinBranch(tree.path, remote, sha, branch, current);
    const pr = await openOrUpdatePullRequest(options.target.client, {
      owner: options.target.owner,
      repo: options.target.repo,
      head: branch,
      base,
      ...pullRequestText(message)
    });
    log.info(`pull request #${pr.number} ${pr.action}: ${pr.url}`);
    const pullRequest = { number: pr.number, url: pr.url };
    if (pr.action === "created")
      return { plan, action: "pull-request-created", commit: holdsIt ? current : sha, branch, pullRequest };
    if (holdsIt) return { plan, action: "not-updated", kept: plan.kept, commit: current, branch, pullRequest };
    return { plan, action: "pull-request-updated", commit: sha, branch, pullRequest };
  } finally {
    await tree.remove();
  }
}
function pullRequestHead(branch, base) {
  if (branch === base) {
    throw new PinshipError(`the pull request's branch ${branch} is its base branch`, {
      field: "pull-request-branch",
      hint: "pinship replaces the pull request branch on every pin: name another one, or leave it to pinship"
    });
  }
  return branch;
}
async function pushPinBranch(tree, remote, sha, branch, current) {
  await pushCommit(tree, remote, sha, branch, current ?? "").catch((err) => {
    const moved = isNonFastForward(err) || isRefUpdateRace(err);
    const hint = moved ? `${branch} changed on ${remote} while pinning: run the pin again` : void 0;
    throw wrapError(`pushing ${branch} to ${remote}`, err, { hint });
  });
}
async function refuseForeignCommits(top, branch, current, base, author) {
  const commits2 = await listCommits(top, current, base);
  const foreign = commits2.find(
    (c) => c.authorName !== author.name || c.authorEmail !== author.email || !c.message.split("\n").some((line) => line.startsWith(`${PIN_TRAILER}: `))
  );
  if (!foreign) return;
  throw new PinshipError(
    `${branch} holds commit ${foreign.sha.slice(0, 12)} by ${foreign.authorName} <${foreign.authorEmail}>, which pinship did not make: replacing the branch would drop it`,
    {
      field: "pull-request-branch",
      hint: "merge or move that work, then delete the branch; or name another branch for the pull request"
    }
  );
}

// src/pin/pin.ts
var DEFAULT_AUTHOR = { name: "pinship", email: "pinship@users.noreply.github.com" };
async function pin(options) {
  checkOptions(options);
  const site = await locate(options);
  if ((options.push || options.pullRequest) && !options.dryRun) return pinRemote(options, site);
  return pinLocal(options, site);
}
function checkOptions(options) {
  if (options.sourceCommit !== void 0 && !/^[0-9a-f]{7,64}$/.test(options.sourceCommit)) {
    throw new PinshipError(`expected a commit sha (hex), got ${JSON.stringify(options.sourceCommit)}`, {
      field: "source-commit"
    });
  }
  if (options.pullRequestBranch !== void 0 && !/^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]+$/.test(options.pullRequestBranch)) {
    throw new PinshipError(
      `expected a branch name (letters, digits, . _ / -), got ${JSON.stringify(options.pullRequestBranch)}`,
      { field: "pull-request-branch" }
    );
  }
  if (options.repo !== void 0 && !statSync3(options.repo, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PinshipError(`${JSON.stringify(options.repo)} is not a directory`, { field: "repo" });
  }
  if (options.sourceRepo !== void 0 && !statSync3(options.sourceRepo, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PinshipError(`${JSON.stringify(options.sourceRepo)} is not a directory`, {
      field: "source-repo",
      hint: "a clone of the repository the images are built from"
    });
  }
}
async function pinRemote(options, site) {
  const { log } = options;
  const top = site.top;
  const remote = options.remote ?? "origin";
  const branch = options.branch ?? await currentBranch(top);
  if (!branch) throw new PinshipError("HEAD is detached: name the branch to push to", { field: "branch" });
  if (options.verifyDigests) await verifyDigests(options.images, log);
  const common = {
    top,
    remote,
    planIn: site.planIn,
    images: options.images,
    sourceCommit: options.sourceCommit,
    author: options.author ?? DEFAULT_AUTHOR,
    log
  };
  if (options.pullRequest) {
    const target = options.pullRequest;
    const out2 = await openPullRequestWithPin({
      ...common,
      base: branch,
      head: options.pullRequestBranch,
      overlays: site.overlays,
      target,
      check: site.check
    });
    if (out2.action === "not-updated" || out2.action === "newer-pin-kept") {
      const {
        kept,
        branch: head,
        commit,
        pullRequest
      } = out2;
      return unchanged({ ...out2.plan, kept }, log, { action: out2.action, branch: head, commit, pullRequest });
    }
    return {
      changed: true,
      action: out2.action,
      files: summary(out2.plan),
      kept: out2.plan.kept,
      commit: out2.commit,
      branch: out2.branch,
      pullRequest: out2.pullRequest,
      warnings: warned(out2.plan, log)
    };
  }
  const out = await pushWithRetry({ ...common, branch, maxAttempts: options.maxAttempts ?? 10 });
  if (!out.plan.files.length) return unchanged(out.plan, log);
  return {
    changed: true,
    action: "pushed",
    files: summary(out.plan),
    kept: out.plan.kept,
    commit: out.commit,
    branch,
    attempts: out.attempts,
    warnings: warned(out.plan, log)
  };
}
async function pinLocal(options, site) {
  const { log } = options;
  const plan = await site.planIn(site.top ?? site.repo);
  if (plan.files.length === 0) return unchanged(plan, log);
  if (options.verifyDigests) {
    const changing = new Set(plan.files.flatMap((f) => f.images.map((i) => i.name)));
    await verifyDigests(
      options.images.filter((p) => changing.has(p.name)),
      log
    );
  }
  if (options.dryRun) {
    return {
      changed: true,
      action: "dry-run",
      files: summary(plan),
      kept: plan.kept,
      diff: planDiff(plan),
      warnings: warned(plan, log)
    };
  }
  const files = plan.files.map((f) => f.overlay.file);
  if (options.commit) {
    const dirty = await dirtyFiles(site.top, files);
    if (dirty.length) {
      throw new PinshipError(`uncommitted changes in ${dirty.join(", ")}`, {
        hint: "commit or stash them first; nothing was written"
      });
    }
  }
  await writePlan(plan);
  const warnings = warned(plan, log);
  if (!options.commit) return { changed: true, action: "written", files: summary(plan), kept: plan.kept, warnings };
  try {
    const sha = await commitFiles(
      site.top,
      files,
      commitMessage(plan.files, options.images, options.sourceCommit),
      options.author ?? DEFAULT_AUTHOR
    );
    return { changed: true, action: "committed", files: summary(plan), kept: plan.kept, commit: sha, warnings };
  } catch (err) {
    throw wrapError("committing the pin", err);
  }
}
function summary(plan) {
  return plan.files.map((f) => ({ file: f.overlay.file, images: f.images }));
}
function warned(plan, log) {
  for (const w of plan.warnings) log.warn(w);
  return plan.warnings;
}
function unchanged(plan, log, on) {
  const action = on?.action ?? (plan.kept.length > 0 ? "newer-pin-kept" : "not-updated");
  for (const k of plan.kept) log.info(`${k.file}: ${k.name} left as is: ${k.reason}`);
  if (on?.branch)
    log.info(
      action === "newer-pin-kept" ? `nothing pushed: ${on.branch} holds a newer pin` : `nothing pushed: ${on.branch} already holds this pin`
    );
  else
    log.info(
      action === "newer-pin-kept" ? "nothing pinned: the overlays hold newer pins" : "nothing to change: the overlays already hold these pins"
    );
  const where = on?.branch ? { branch: on.branch, commit: on.commit, pullRequest: on.pullRequest } : {};
  return { changed: false, action, files: [], kept: plan.kept, ...where, warnings: warned(plan, log) };
}
export {
  pin
};
