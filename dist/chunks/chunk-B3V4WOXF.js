import { createRequire as __pinshipCreateRequire } from 'node:module'; import { fileURLToPath as __pinshipFileURLToPath } from 'node:url'; import { dirname as __pinshipDirname } from 'node:path'; const require = __pinshipCreateRequire(import.meta.url); const __filename = __pinshipFileURLToPath(import.meta.url); const __dirname = __pinshipDirname(__filename);
import {
  require_dist
} from "./chunk-ER27BKIH.js";
import {
  PinshipError,
  describeError,
  wrapError
} from "./chunk-SI2EDPFI.js";
import {
  __toESM
} from "./chunk-XDLBQ6T7.js";

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
var import_yaml2 = __toESM(require_dist(), 1);

// src/pin/yaml-splice.ts
var import_yaml = __toESM(require_dist(), 1);
function textStyle(text) {
  return { eol: text.includes("\r\n") ? "\r\n" : "\n" };
}
function applySplices(text, splices) {
  const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  let limit = Infinity;
  for (const s of sorted) {
    if (s.end > limit) throw new Error(`overlapping edits at offset ${s.start}`);
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    limit = s.start;
  }
  return out;
}
function lineStartOf(text, i) {
  return text.lastIndexOf("\n", i - 1) + 1;
}
function columnOf(text, i) {
  return i - lineStartOf(text, i);
}
function lineOf(text, i) {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < i; at = text.indexOf("\n", at + 1)) line++;
  return line;
}
function afterLineOf(text, end) {
  if (end > 0 && text[end - 1] === "\n") return end;
  const nl = text.indexOf("\n", end);
  return nl === -1 ? text.length : nl + 1;
}
function documentEnd(text, doc) {
  if (!doc.directives?.docEnd) return text.length;
  const marker = /^\.\.\.(?=[ \t]|\r?$)/gm;
  marker.lastIndex = doc.range?.[1] ?? 0;
  return marker.exec(text)?.index ?? text.length;
}
function insertLines(text, pos, lines, style) {
  const body = lines.join(style.eol);
  if (pos === text.length && text.length > 0 && !text.endsWith("\n")) {
    return { start: pos, end: pos, text: style.eol + body };
  }
  return { start: pos, end: pos, text: body + style.eol };
}
var RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|\.inf|-\.inf|\.nan)$/i;
var NUMERIC = /^[-+]?(?:[\d_]+(?:\.[\d_]*)?|\.[\d_]+)(?:[eE][-+]?\d+)?$|^0[xo]/i;
var PLAIN_SAFE = /^[\w./][\w./:@+-]*$/;
function isPlainSafe(value) {
  return PLAIN_SAFE.test(value) && !RESERVED.test(value) && !NUMERIC.test(value) && !value.endsWith(":");
}
function formatScalar(value, like) {
  if (like?.type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  if (like?.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}
function setPairValue(text, pair, value) {
  const node = pair.value;
  const like = (0, import_yaml.isScalar)(node) ? node : void 0;
  const formatted = formatScalar(value, like);
  if (!node?.range || (0, import_yaml.isScalar)(node) && node.range[0] === node.range[1]) {
    const keyEnd = pair.key.range[1];
    const colon = text.indexOf(":", keyEnd);
    return { start: colon + 1, end: colon + 1, text: ` ${formatted}` };
  }
  return { start: node.range[0], end: node.range[1], text: formatted };
}
function valueEnd(pair) {
  const v = pair.value;
  return v?.range ? v.range[1] : pair.key.range[1];
}
function removePair(text, map, pair) {
  const index = map.items.indexOf(pair);
  const keyStart = pair.key.range[0];
  const next = map.items[index + 1];
  if (map.flow) {
    const prev = map.items[index - 1];
    if (prev) return { start: valueEnd(prev), end: valueEnd(pair), text: "" };
    if (next) return { start: keyStart, end: next.key.range[0], text: "" };
    return { start: keyStart, end: valueEnd(pair), text: "" };
  }
  const ls = lineStartOf(text, keyStart);
  if (text.slice(ls, keyStart).trim() === "") {
    return { start: ls, end: afterLineOf(text, valueEnd(pair)), text: "" };
  }
  if (next) return { start: keyStart, end: next.key.range[0], text: "" };
  return { start: keyStart, end: valueEnd(pair), text: "" };
}
function addFlowPair(map, key, value) {
  const last = map.items[map.items.length - 1];
  if (!last) return { start: map.range[0] + 1, end: map.range[0] + 1, text: `${key}: ${value}, ` };
  return { start: valueEnd(last), end: valueEnd(last), text: `, ${key}: ${value}` };
}
function replacePair(pair, key, value) {
  const like = (0, import_yaml.isScalar)(pair.value) ? pair.value : void 0;
  return { start: pair.key.range[0], end: valueEnd(pair), text: `${key}: ${formatScalar(value, like)}` };
}
function addPairs(text, map, pairs, style) {
  const last = map.items[map.items.length - 1];
  if (!last) throw new Error("cannot add to an empty map");
  if (map.flow) {
    const added = pairs.map(([k, v]) => `, ${k}: ${formatScalar(v)}`).join("");
    return { start: valueEnd(last), end: valueEnd(last), text: added };
  }
  const indent = " ".repeat(columnOf(text, map.items[0].key.range[0]));
  const lines = pairs.map(([k, v]) => `${indent}${k}: ${formatScalar(v)}`);
  return insertLines(text, afterLineOf(text, valueEnd(last)), lines, style);
}
function itemEnd(item) {
  if ((0, import_yaml.isMap)(item) && !item.flow && item.items.length > 0) return valueEnd(item.items[item.items.length - 1]);
  return item.range[1];
}
function sequenceIndent(text, root) {
  for (const pair of root.items) {
    const v = pair.value;
    if ((0, import_yaml.isSeq)(v) && !v.flow && v.range) {
      return columnOf(text, v.range[0]) - columnOf(text, pair.key.range[0]);
    }
  }
  return 0;
}
function appendSeqItem(text, seq, block, flow, style) {
  const last = seq.items[seq.items.length - 1];
  if (seq.flow) {
    if (!last) return { start: seq.range[0] + 1, end: seq.range[0] + 1, text: flow };
    const end = last.range[1];
    return { start: end, end, text: `, ${flow}` };
  }
  if (!last) throw new Error("cannot append to an empty block sequence");
  const dash = columnOf(text, seq.range[0]);
  if ((0, import_yaml.isMap)(last) && last.flow) {
    return insertLines(
      text,
      afterItemComments(text, afterLineOf(text, itemEnd(last)), dash),
      [`${" ".repeat(dash)}- ${flow}`],
      style
    );
  }
  const inner = (0, import_yaml.isMap)(last) && last.items[0] ? columnOf(text, last.items[0].key.range[0]) - dash : 2;
  const lines = block.map(
    (line, i) => i === 0 ? `${" ".repeat(dash)}-${" ".repeat(inner - 1)}${line}` : `${" ".repeat(dash + inner)}${line}`
  );
  return insertLines(text, afterItemComments(text, afterLineOf(text, itemEnd(last)), dash), lines, style);
}
function afterItemComments(text, pos, dash) {
  for (; ; ) {
    const nl = text.indexOf("\n", pos);
    const line = text.slice(pos, nl === -1 ? text.length : nl);
    const indent = line.length - line.trimStart().length;
    if (!line.trimStart().startsWith("#") || indent <= dash || nl === -1) return pos;
    pos = nl + 1;
  }
}
function blockSequenceLines(block, keyColumn, seqIndent) {
  const dash = " ".repeat(keyColumn + seqIndent);
  return block.flatMap((item) => item.map((line, i) => i === 0 ? `${dash}- ${line}` : `${dash}  ${line}`));
}

// src/pin/job-roll.ts
var PATCH_NAME = "pinship-job-roll";
var PATCH_LINES = [
  "apiVersion: batch/v1",
  "kind: Job",
  "metadata:",
  `  name: ${PATCH_NAME}`,
  "  annotations:",
  "    argocd.argoproj.io/sync-options: Force=true,Replace=true",
  "    kustomize.toolkit.fluxcd.io/force: enabled"
];
function decideJobRoll(overlayDir, built, names) {
  if ("error" in built) {
    return {
      roll: false,
      warning: `${overlayDir}: cannot tell whether a Job uses the pinned image (${built.error}), so no Job-roll patch was added; pin where kubectl runs, or add the patch by hand if a Job uses it (docs/pin.md)`
    };
  }
  return { roll: built.build.jobImages.some((image) => names.some((name) => imageMatches(image, name))) };
}
var JOB_ROLL_PATCH = { target: { kind: "Job" }, patch: PATCH_LINES.join("\n") };
function hasJobRollPatch(doc) {
  const js = doc.toJS();
  return Array.isArray(js?.patches) && js.patches.some((p) => typeof p?.patch === "string" && p.patch.includes(`name: ${PATCH_NAME}`));
}
var ITEM = ["target:", "  kind: Job", "patch: |-", ...PATCH_LINES.map((l) => `  ${l}`)];
var FLOW = `{target: {kind: Job}, patch: ${JSON.stringify(JOB_ROLL_PATCH.patch)}}`;
function addJobRollPatch(text, doc) {
  const style = textStyle(text);
  const root = doc.contents;
  const pair = root?.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === "patches");
  const comment = "# Added by pinship pin: pinned Jobs are replaced, not patched (their pod template is immutable).";
  if (!root || !pair) {
    if (root?.flow) return addFlowPair(root, "patches", `[${FLOW}]`);
    const lines = [comment, "patches:", ...blockSequenceLines([ITEM], 0, root ? sequenceIndent(text, root) : 0)];
    return insertLines(text, documentEnd(text, doc), lines, style);
  }
  let seq = pair.value;
  if ((0, import_yaml2.isAlias)(seq)) seq = seq.resolve(doc);
  if ((0, import_yaml2.isSeq)(seq) && seq.items.length > 0 && !seq.items.some((i) => !(0, import_yaml2.isMap)(i) && !(0, import_yaml2.isAlias)(i))) {
    return appendSeqItem(text, seq, ITEM, FLOW, style);
  }
  if ((0, import_yaml2.isSeq)(seq) && seq.flow) return appendSeqItem(text, seq, ITEM, FLOW, style);
  const node = seq;
  if (node?.range && node.range[0] !== node.range[1])
    return { start: node.range[0], end: node.range[1], text: `[${FLOW}]` };
  const key = pair.key;
  const column = key.range[0] - (text.lastIndexOf("\n", key.range[0] - 1) + 1);
  return insertLines(
    text,
    afterLineOf(text, key.range[1]),
    blockSequenceLines([ITEM], column, sequenceIndent(text, root)),
    style
  );
}

// src/pin/kustomization-edit.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { isDeepStrictEqual } from "node:util";

// src/pin/image-entry.ts
var import_yaml3 = __toESM(require_dist(), 1);
function findEntry(text, file, doc, seq, name) {
  const matches = [];
  seq.items.forEach((raw, index) => {
    const item = (0, import_yaml3.isAlias)(raw) ? raw.resolve(doc) : raw;
    const at = `at line ${lineOf(text, item?.range?.[0] ?? 0)}`;
    if (!(0, import_yaml3.isMap)(item))
      throw new PinshipError(`images[${index}] must be a map with a name, ${at}`, { file, field: `images[${index}]` });
    const entryName = item.toJS(doc)?.name;
    if (typeof entryName !== "string" || entryName === "") {
      throw new PinshipError(`images[${index}] has no name, ${at}`, {
        file,
        field: `images[${index}].name`,
        hint: "every images entry needs `name:`; nothing was written"
      });
    }
    if (entryName === name) matches.push({ index, map: item });
  });
  if (matches.length > 1) {
    throw new PinshipError(`images has ${matches.length} entries named ${JSON.stringify(name)}`, {
      file,
      field: `images[${matches[1].index}]`,
      hint: "kustomize applies only one; remove the duplicate"
    });
  }
  return matches[0];
}

// src/pin/kustomization-edit.ts
function editKustomization(source, file, pins, options) {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const text = source.slice(bom.length);
  const before = parseKustomization(text, file);
  const splices = [];
  const images = [];
  const created = createImages(text, before, pins);
  if (created) {
    splices.push(created.splice);
    images.push(...created.changes);
  } else {
    for (const pin of pins) {
      const step = pinOne(text, file, before, pin);
      if (!step) continue;
      images.push(step.change);
      splices.push(...step.splices);
    }
  }
  if (images.length === 0) return { text: source, images, original: before };
  if (options.rollJobs && !hasJobRollPatch(before)) splices.push(addJobRollPatch(text, before));
  let out;
  try {
    out = applySplices(text, splices);
  } catch (err) {
    throw wrapError("cannot edit", err, { file, field: "images", hint: "please report this file" });
  }
  verify(before, out, file, pins, options);
  return { text: bom + out, images, original: before };
}
function parseKustomization(text, file) {
  const doc = (0, import_yaml4.parseDocument)(text, { uniqueKeys: true, merge: true });
  const err = doc.errors[0];
  if (err?.code === "MULTIPLE_DOCS") {
    throw new PinshipError(
      `a kustomization is one YAML document; another starts at line ${err.linePos?.[0]?.line ?? "?"}`,
      {
        file,
        hint: "remove the extra `---` document; nothing was written"
      }
    );
  }
  if (err) {
    const line = err.linePos?.[0]?.line;
    const what = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new PinshipError(`invalid YAML${line ? ` at line ${line}` : ""}: ${what}`, {
      file,
      hint: "fix the YAML syntax; nothing was written"
    });
  }
  if (doc.contents !== null && !(0, import_yaml4.isMap)(doc.contents)) {
    throw new PinshipError("a kustomization must be a YAML map", { file });
  }
  return doc;
}
function readImages(doc) {
  const js = doc.toJS();
  return Array.isArray(js?.images) ? js.images : [];
}
function renderEntry(e) {
  return `${e.newName ?? e.name}${e.newTag ? `:${e.newTag}` : ""}${e.digest ? `@${e.digest}` : ""}`;
}
function wanted(pin, current) {
  const newName = pin.ref.name !== pin.name || current?.newName !== void 0 ? pin.ref.name : void 0;
  return { name: pin.name, newName, newTag: pin.ref.tag, digest: pin.ref.digest };
}
function pairOf(map, key) {
  return map.items.find((p) => (0, import_yaml4.isScalar)(p.key) && p.key.value === key);
}
function createImages(text, doc, pins) {
  const style = textStyle(text);
  const root = doc.contents;
  const imagesPair = root ? pairOf(root, "images") : void 0;
  let seq = imagesPair?.value;
  if ((0, import_yaml4.isAlias)(seq)) seq = seq.resolve(doc);
  const empty = (0, import_yaml4.isScalar)(seq) && seq.value === null || (0, import_yaml4.isSeq)(seq) && seq.items.length === 0;
  if (imagesPair && !empty) return void 0;
  const blocks = pins.map((pin) => entryLines(wanted(pin)));
  const changes = pins.map((pin) => ({ name: pin.name, old: null, new: renderEntry(wanted(pin)) }));
  if (!root || !imagesPair) {
    if (root?.flow)
      return { splice: addFlowPair(root, "images", `[${blocks.map((b) => `{${b.join(", ")}}`).join(", ")}]`), changes };
    const lines = ["images:", ...blockSequenceLines(blocks, 0, root ? sequenceIndent(text, root) : 0)];
    return { splice: insertLines(text, documentEnd(text, doc), lines, style), changes };
  }
  const scalar = seq;
  const keyNode = imagesPair.key;
  const splice = scalar.range && scalar.range[0] !== scalar.range[1] ? { start: scalar.range[0], end: scalar.range[1], text: `[${blocks.map((b) => `{${b.join(", ")}}`).join(", ")}]` } : insertLines(
    text,
    afterLineOf(text, keyNode.range[1]),
    blockSequenceLines(blocks, columnOfKey(text, keyNode), sequenceIndent(text, root)),
    style
  );
  return { splice, changes };
}
function pinOne(text, file, doc, pin) {
  const style = textStyle(text);
  const target = wanted(pin);
  const newText = renderEntry(target);
  const block = entryLines(target);
  const flow = `{${block.join(", ")}}`;
  const imagesPair = pairOf(doc.contents, "images");
  let seq = imagesPair.value;
  if ((0, import_yaml4.isAlias)(seq)) seq = seq.resolve(doc);
  if (!(0, import_yaml4.isSeq)(seq)) {
    throw new PinshipError(`images must be a list, at line ${lineOf(text, imagesPair.key.range[0])}`, {
      file,
      field: "images"
    });
  }
  const match = findEntry(text, file, doc, seq, pin.name);
  if (!match) {
    return {
      splices: [appendSeqItem(text, seq, block, flow, style)],
      change: { name: pin.name, old: null, new: newText }
    };
  }
  const map = match.map;
  const current = map.toJS(doc) ?? {};
  const want = wanted(pin, current);
  const oldText = renderEntry(current);
  if (renderEntry(want) === oldText && current.newTag === want.newTag) return void 0;
  const splices = [];
  const toAdd = [];
  const tagPair = pairOf(map, "newTag");
  const digestPair = pairOf(map, "digest");
  const namePair = pairOf(map, "newName");
  if (want.newName !== void 0) {
    if (namePair) {
      if (current.newName !== want.newName) splices.push(setPairValue(text, namePair, want.newName));
    } else toAdd.push(["newName", want.newName]);
  }
  let digestPlaced = false;
  if (want.newTag !== void 0) {
    if (tagPair) {
      if (current.newTag !== want.newTag) splices.push(setPairValue(text, tagPair, want.newTag));
    } else toAdd.push(["newTag", want.newTag]);
  } else if (current.newTag != null && !tagPair) {
    throw new PinshipError(
      `images[${match.index}] (${pin.name}) takes newTag ${JSON.stringify(current.newTag)} from a merge key (<<), which would survive the pin`,
      {
        file,
        field: `images[${match.index}].newTag`,
        hint: "write the entry out without the merge key, or drop newTag from the merged map; nothing was written"
      }
    );
  } else if (tagPair) {
    if (!digestPair) {
      splices.push(replacePair(tagPair, "digest", want.digest));
      digestPlaced = true;
    } else splices.push(removePair(text, map, tagPair));
  }
  if (!digestPlaced) {
    if (digestPair) {
      if (current.digest !== want.digest) splices.push(setPairValue(text, digestPair, want.digest));
    } else toAdd.push(["digest", want.digest]);
  }
  if (toAdd.length > 0) splices.push(addPairs(text, map, toAdd, style));
  return { splices, change: { name: pin.name, old: oldText, new: renderEntry(want) } };
}
function columnOfKey(text, key) {
  return key.range[0] - (text.lastIndexOf("\n", key.range[0] - 1) + 1);
}
function entryLines(e) {
  const lines = [`name: ${formatScalar(e.name)}`];
  if (e.newName !== void 0) lines.push(`newName: ${formatScalar(e.newName)}`);
  if (e.newTag !== void 0) lines.push(`newTag: ${formatScalar(e.newTag)}`);
  lines.push(`digest: ${formatScalar(e.digest)}`);
  return lines;
}
function verify(before, out, file, pins, options) {
  let after;
  try {
    after = parseKustomization(out, file).toJS();
  } catch (err) {
    throw new PinshipError(
      `the edit produced invalid YAML (${err instanceof PinshipError ? err.detail : describeError(err)}); nothing was written`,
      {
        file,
        field: "images",
        hint: "please report this file"
      }
    );
  }
  const expected = JSON.parse(JSON.stringify(before.toJS() ?? {}));
  if (!Array.isArray(expected.images)) expected.images = [];
  const list = expected.images;
  for (const pin of pins) {
    const i = list.findIndex((e) => e?.name === pin.name);
    const want = wanted(pin, list[i]);
    const next = { ...list[i] ?? {}, name: pin.name, digest: want.digest };
    if (want.newName !== void 0) next.newName = want.newName;
    if (want.newTag !== void 0) next.newTag = want.newTag;
    else delete next.newTag;
    if (i === -1) list.push(next);
    else list[i] = next;
  }
  if (options.rollJobs && !hasJobRollPatch(before)) {
    const patches = Array.isArray(expected.patches) ? expected.patches : [];
    expected.patches = [...patches, JOB_ROLL_PATCH];
  }
  if (!isDeepStrictEqual(after, expected)) {
    throw new PinshipError(
      "the edit would change more than the images entries (an anchor shared through an alias, or a merge key?)",
      {
        file,
        field: "images",
        hint: "edit this entry by hand once so that it holds its own values; nothing was written"
      }
    );
  }
}

export {
  unusedImageWarnings,
  decideJobRoll,
  hasJobRollPatch,
  editKustomization,
  parseKustomization,
  readImages
};
